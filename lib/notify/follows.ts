// What a user follows: leagues, teams and players (basketball ids) and golfers (user ids). A follow
// of something that does not exist, or that the user may not see (a members-only league, a private
// golfer), is refused as not found, so following never reveals what is hidden.
import { and, desc, eq, sql } from 'drizzle-orm';
import { bbTeams, type FollowKind, follows, users } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { hiddenMinorIds } from '@/lib/leagues/privacy';
import { mayViewLeagueOf } from '@/lib/leagues/queries';

export interface FollowView {
  id: number;
  target_kind: FollowKind;
  target_id: string;
  name: string | null;
  created_at: string;
}

/** The target's display name, or null when it does not exist or the user may not see it. */
async function targetName(db: Db, userId: string, kind: FollowKind, id: string): Promise<string | null> {
  const numeric = /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : null;
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
  const q =
    kind === 'league' && numeric
      ? sql`select name from leagues l where id = ${numeric} and (visibility = 'public' or exists (
          select 1 from role_grants g where g.user_id = ${userId}::uuid and g.scope_kind = 'league' and g.scope_id = l.id))`
      : kind === 'team' && numeric
        ? sql`select name from bb_teams where id = ${numeric}`
        : kind === 'player' && numeric
          ? sql`select name from bb_players where id = ${numeric}`
          : kind === 'golfer' && uuid
            ? sql`select name from users where id = ${uuid}::uuid and deleted_at is null and (golf_public or id = ${userId}::uuid)`
            : null;
  if (!q) return null;
  return rowsOf<{ name: string }>(await db.execute(q))[0]?.name ?? null;
}

/**
 * Teams of a members-only league and minors the user may not see (lib/leagues/privacy.ts) are not
 * there to follow: a follower would otherwise learn their names and games from the notifications.
 */
async function mayFollow(db: Db, userId: string, kind: FollowKind, id: string): Promise<boolean> {
  if (kind !== 'team' && kind !== 'player') return true;
  const numeric = /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : null;
  if (numeric === null) return false;
  const [user] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  const viewer = { id: userId, role: user?.role ?? 'fan' };
  if (kind === 'player') return !(await hiddenMinorIds(db, viewer, [numeric])).has(numeric);
  const [team] = await db.select({ leagueId: bbTeams.leagueId }).from(bbTeams).where(eq(bbTeams.id, numeric));
  return team !== undefined && (await mayViewLeagueOf(db, team.leagueId, viewer));
}

const view = (f: typeof follows.$inferSelect, name: string | null): FollowView => ({
  id: f.id,
  target_kind: f.targetKind,
  target_id: f.targetId,
  name,
  created_at: f.createdAt.toISOString(),
});

/** Follows the target (again: a no-op answering the existing follow). */
export async function addFollow(
  db: Db,
  userId: string,
  kind: FollowKind,
  targetId: string,
): Promise<{ follow: FollowView; created: boolean }> {
  const name = (await mayFollow(db, userId, kind, targetId)) ? await targetName(db, userId, kind, targetId) : null;
  if (name === null) throw new DomainError('not_found', `No ${kind} ${targetId} to follow.`);
  const [inserted] = await db.insert(follows).values({ userId, targetKind: kind, targetId }).onConflictDoNothing().returning();
  if (inserted) return { follow: view(inserted, name), created: true };
  const [existing] = await db
    .select()
    .from(follows)
    .where(and(eq(follows.userId, userId), eq(follows.targetKind, kind), eq(follows.targetId, targetId)));
  if (!existing) throw new Error('follow vanished');
  return { follow: view(existing, name), created: false };
}

export async function listFollows(db: Db, userId: string): Promise<FollowView[]> {
  // Each branch casts the target id to its table's key type, so the lookup is by primary key.
  const res = await db.execute(sql`
    select f.id, f.target_kind, f.target_id, f.created_at,
      case f.target_kind
        when 'league' then (select name from leagues where id = f.target_id::int)
        when 'team' then (select name from bb_teams where id = f.target_id::int)
        when 'player' then (select name from bb_players where id = f.target_id::int)
        else (select name from users where id = f.target_id::uuid and deleted_at is null) end as name
    from follows f where f.user_id = ${userId}::uuid order by f.id desc`);
  return rowsOf<{
    id: number | string;
    target_kind: FollowKind;
    target_id: string;
    name: string | null;
    created_at: string | Date;
  }>(res).map((r) => ({
    id: Number(r.id),
    target_kind: r.target_kind,
    target_id: r.target_id,
    name: r.name,
    created_at: new Date(r.created_at).toISOString(),
  }));
}

/** Unfollows by follow id; false when the user has no such follow. */
export async function removeFollow(db: Db, userId: string, id: number): Promise<boolean> {
  const gone = await db
    .delete(follows)
    .where(and(eq(follows.userId, userId), eq(follows.id, id)))
    .returning({ id: follows.id });
  return gone.length > 0;
}

/** The user's follow of one target, if any (follow buttons). */
export async function findFollow(db: Db, userId: string, kind: FollowKind, targetId: string) {
  const [row] = await db
    .select({ id: follows.id })
    .from(follows)
    .where(and(eq(follows.userId, userId), eq(follows.targetKind, kind), eq(follows.targetId, targetId)))
    .orderBy(desc(follows.id));
  return row ?? null;
}
