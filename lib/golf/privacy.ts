// Who may see a golfer and their rounds. A golfer whose profile is private (users.golf_public off)
// is seen only by themselves and admins; a round with a private golfer in it only by the people
// playing in it and admins. Everyone else gets the same answer as for something that does not
// exist (404, or left out of a list). The decision goes through the permission table
// ('golf-private:read': admins site-wide, everyone else their own rows).
import { and, eq, sql } from 'drizzle-orm';
import { golfRoundPlayers, golfRounds, users } from '@/drizzle/schema';
import { authorize, scopeOf } from '@/lib/auth/permissions';
import type { Principal } from '@/lib/auth/principal';
import type { Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db/client';

export type Viewer = { id: string; role: Role } | null;

export const viewerOf = (principal: Principal): Viewer => (principal.kind === 'anonymous' ? null : principal.user);

/** The golfer, or null when there is none or `viewer` may not see them. */
export async function findVisibleGolfer(db: Db, userId: string, viewer: Viewer) {
  const [row] = await db
    .select({ id: users.id, name: users.name, golfPublic: users.golfPublic })
    .from(users)
    .where(and(eq(users.id, userId), sql`${users.deletedAt} is null`));
  if (!row) return null;
  if (row.golfPublic) return row;
  if (viewer && (await authorize(db, viewer, 'golf-private:read', { kind: 'owner', ownerId: row.id }))) return row;
  return null;
}

/** Whether the round exists and `viewer` may see it. */
export async function roundVisibleTo(db: Db, roundId: string, viewer: Viewer): Promise<boolean> {
  const players = await db
    .select({ userId: golfRoundPlayers.userId, golfPublic: users.golfPublic })
    .from(golfRoundPlayers)
    .leftJoin(users, eq(users.id, golfRoundPlayers.userId))
    .where(eq(golfRoundPlayers.roundId, roundId));
  if (players.length === 0) return false;
  if (players.every((p) => p.golfPublic !== false)) return true;
  const playerIds = players.flatMap((p) => (p.userId ? [p.userId] : []));
  return viewer !== null && authorize(db, viewer, 'golf-private:read', { kind: 'round', playerIds });
}

/**
 * The SQL condition, over `golf_rounds`, that keeps the rounds `viewer` may see: for a list of a
 * public golfer's rounds, those shared with a private golfer drop out unless the viewer played too.
 */
export function visibleRoundsFilter(viewer: Viewer) {
  if (viewer && scopeOf(viewer.role, 'golf-private:read') === 'site') return undefined;
  const hidden = sql`exists (select 1 from ${golfRoundPlayers} rp join ${users} u on u.id = rp.user_id
    where rp.round_id = ${golfRounds.id} and not u.golf_public)`;
  if (!viewer) return sql`not ${hidden}`;
  return sql`(not ${hidden} or exists (select 1 from ${golfRoundPlayers} me where me.round_id = ${golfRounds.id} and me.user_id = ${viewer.id}))`;
}
