// Scoped role grants (role_grants): which teams, leagues and players an account holds a role in.
// The permission table (permissions.ts) decides what each grant role may do; this file only reads
// the grants. A grant counts only while `active` (a player's or parent's link waits as `pending`
// until the team's coach confirms it).
import { and, eq, inArray } from 'drizzle-orm';
import { bbTeams, type GrantRole, roleGrants } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { memberTeamIds } from '@/lib/leagues/privacy';

export type Scope = { role: GrantRole; kind: 'league' | 'team' | 'player'; id: number };

/** Every active grant of the account, as (role, scope) pairs. */
export async function scopesOf(db: Db, userId: string): Promise<Scope[]> {
  const rows = await db
    .select({ role: roleGrants.role, kind: roleGrants.scopeKind, id: roleGrants.scopeId })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.status, 'active')));
  return rows;
}

/** Does the account hold (active) any grant of these roles, in any scope? */
export async function holdsAnyGrant(db: Db, userId: string, grantRoles: readonly GrantRole[]): Promise<boolean> {
  const [row] = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.status, 'active'), inArray(roleGrants.role, [...grantRoles])))
    .limit(1);
  return row !== undefined;
}

/**
 * Does the account hold one of `teamRoles` on one of these teams, or (when `leagueAdmin`) run the
 * league of one of them? One query, whatever the number of teams.
 */
export async function reachesTeams(
  db: Db,
  userId: string,
  teamIds: readonly number[],
  teamRoles: readonly GrantRole[],
  leagueAdmin: boolean,
): Promise<boolean> {
  const ids = [...new Set(teamIds)];
  if (ids.length === 0) return false;
  if (teamRoles.length > 0) {
    const [row] = await db
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, userId),
          eq(roleGrants.status, 'active'),
          eq(roleGrants.scopeKind, 'team'),
          inArray(roleGrants.role, [...teamRoles]),
          inArray(roleGrants.scopeId, ids),
        ),
      )
      .limit(1);
    if (row) return true;
  }
  if (!leagueAdmin) return false;
  const [row] = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .innerJoin(bbTeams, eq(bbTeams.leagueId, roleGrants.scopeId))
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.status, 'active'),
        eq(roleGrants.scopeKind, 'league'),
        eq(roleGrants.role, 'league_admin'),
        inArray(bbTeams.id, ids),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The teams the account coaches (an active coach grant on the team). */
export async function coachedTeamIds(db: Db, userId: string, teamIds?: readonly number[]): Promise<Set<number>> {
  const rows = await db
    .select({ id: roleGrants.scopeId })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.status, 'active'),
        eq(roleGrants.scopeKind, 'team'),
        eq(roleGrants.role, 'coach'),
        teamIds ? inArray(roleGrants.scopeId, [...teamIds]) : undefined,
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/**
 * May the viewer read a team's private data? Site admins; the league's admins; the team's coaches
 * and scorekeepers; players linked to a player on its roster and their parents.
 */
export async function mayReadTeamPrivate(db: Db, viewer: { id: string; role: string } | null, teamId: number): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === 'admin') return true;
  // One rule for who is in a team's scope: the one youth privacy applies (lib/leagues/privacy.ts).
  return (await memberTeamIds(db, viewer.id)).has(teamId);
}

/**
 * The teams whose games the account may score by its grants: teams it coaches or keeps score for,
 * and every team of the leagues it runs (the scorebook's games list; `authorize` decides each write).
 */
export async function scorableTeamIds(db: Db, userId: string): Promise<number[]> {
  const active = and(eq(roleGrants.userId, userId), eq(roleGrants.status, 'active'));
  const [direct, viaLeague] = await Promise.all([
    db
      .select({ id: roleGrants.scopeId })
      .from(roleGrants)
      .where(and(active, eq(roleGrants.scopeKind, 'team'), inArray(roleGrants.role, ['coach', 'scorekeeper']))),
    db
      .select({ id: bbTeams.id })
      .from(roleGrants)
      .innerJoin(bbTeams, eq(bbTeams.leagueId, roleGrants.scopeId))
      .where(and(active, eq(roleGrants.scopeKind, 'league'), eq(roleGrants.role, 'league_admin'))),
  ]);
  return [...new Set([...direct, ...viaLeague].map((r) => r.id))];
}
