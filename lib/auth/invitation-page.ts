// What a team page's Invite form needs: the roles the viewer may hand out on the team (none: no form)
// and the team's pending invitations, its players' links included.
import { asc, eq } from 'drizzle-orm';
import { bbPlayers, bbRosters, type GrantRole } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { describeScope, invitationStatus, listInvitations } from './invitations';
import { authorize } from './permissions';
import type { PrincipalUser } from './principal';

const teamRoles: GrantRole[] = ['scorekeeper', 'parent', 'player', 'coach'];

/**
 * Null when the viewer may invite no one here. The players are everyone ever on the team's roster,
 * by name: whoever may invite to the team is in its scope, where minors' names are shown.
 */
export async function teamInvitationsFor(db: Db, user: PrincipalUser | null, teamId: number) {
  if (!user) return null;
  const roles: GrantRole[] = [];
  for (const role of teamRoles) {
    // A player link reaches the teams the player is on: asked of this team, it is the same rule.
    if (await authorize(db, user, 'invitations:manage', { kind: 'grant', role, teamIds: [teamId] })) roles.push(role);
  }
  if (roles.length === 0) return null;
  const players = await db
    .selectDistinct({ id: bbPlayers.id, name: bbPlayers.name })
    .from(bbRosters)
    .innerJoin(bbPlayers, eq(bbPlayers.id, bbRosters.playerId))
    .where(eq(bbRosters.teamId, teamId))
    .orderBy(asc(bbPlayers.name));
  const rows = (await listInvitations(db, { scope: { kind: 'team', id: teamId } })).filter(
    (r) => invitationStatus(r) === 'pending',
  );
  const pending = await Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      email: r.email,
      role: r.role.replace('_', ' '),
      scope:
        r.scopeKind === 'team'
          ? 'the team'
          : (players.find((p) => p.id === r.scopeId)?.name ?? (await describeScope(db, r.scopeKind, r.scopeId))),
      expiresAt: r.expiresAt.toISOString(),
    })),
  );
  return { roles, players, pending };
}
