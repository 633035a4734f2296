// Youth privacy: a player on a roster of a youth-level league is a minor. Their name (and photo) is
// shown only to members of their team's scope — its coaches and scorekeepers, its players and their
// parents — to the league's admins and to site admins. Everyone else sees initials.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { bbRosters, bbTeams, leagues, roleGrants } from '@/drizzle/schema';
import { type Db, rowsOf } from '@/lib/db/client';

export type PrivacyViewer = { id: string; role: string } | null;

/** Of these players, the ones on a roster of a youth-league team (any season). */
export async function minorIds(db: Db, playerIds: readonly number[]): Promise<Set<number>> {
  const ids = [...new Set(playerIds)];
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: bbRosters.playerId })
    .from(bbRosters)
    .innerJoin(bbTeams, eq(bbTeams.id, bbRosters.teamId))
    .innerJoin(leagues, eq(leagues.id, bbTeams.leagueId))
    .where(and(eq(leagues.level, 'youth'), inArray(bbRosters.playerId, ids)));
  return new Set(rows.map((r) => r.id));
}

/** The teams whose scope the viewer is in: as coach or scorekeeper, player or parent, or admin of their league. */
export async function memberTeamIds(db: Db, userId: string): Promise<Set<number>> {
  const result = await db.execute(sql`
    select g.scope_id as id from ${roleGrants} g
      where g.user_id = ${userId} and g.status = 'active' and g.scope_kind = 'team'
    union
    select r.team_id from ${roleGrants} g join ${bbRosters} r on r.player_id = g.scope_id
      where g.user_id = ${userId} and g.status = 'active' and g.scope_kind = 'player'
    union
    select t.id from ${roleGrants} g join ${bbTeams} t on t.league_id = g.scope_id
      where g.user_id = ${userId} and g.status = 'active' and g.scope_kind = 'league' and g.role = 'league_admin'`);
  return new Set(rowsOf<{ id: number }>(result).map((r) => Number(r.id)));
}

/** Of these players, the minors whose names the viewer may not see. */
export async function hiddenMinorIds(db: Db, viewer: PrivacyViewer, playerIds: readonly number[]): Promise<Set<number>> {
  if (viewer?.role === 'admin') return new Set();
  const minors = await minorIds(db, playerIds);
  if (minors.size === 0 || !viewer) return minors;
  const teams = await memberTeamIds(db, viewer.id);
  if (teams.size === 0) return minors;
  const seen = await db
    .selectDistinct({ id: bbRosters.playerId })
    .from(bbRosters)
    .where(and(inArray(bbRosters.playerId, [...minors]), inArray(bbRosters.teamId, [...teams])));
  for (const s of seen) minors.delete(s.id);
  return minors;
}

/** "Ava Reyes" → "A. R.": what the public sees of a minor (with the jersey number where one is shown). */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts.length ? parts.map((p) => `${p[0]?.toUpperCase()}.`).join(' ') : '—';
}

/** Replaces the names of the hidden minors among `items` with their initials. */
export async function maskMinors<T>(
  db: Db,
  viewer: PrivacyViewer,
  items: T[],
  idOf: (item: T) => number,
  withName: (item: T, name: (real: string) => string) => T,
): Promise<T[]> {
  const hidden = await hiddenMinorIds(db, viewer, items.map(idOf));
  if (hidden.size === 0) return items;
  return items.map((item) => (hidden.has(idOf(item)) ? withName(item, initialsOf) : item));
}

/**
 * Answers that name players differ by viewer (a member sees a minor's name, others initials): a
 * youth league's, and any a signed-in caller gets, are kept from shared caches.
 */
export function privateIfMinors(
  headers: Record<string, string> | undefined,
  league: { level: string },
  viewer: PrivacyViewer,
): Record<string, string> | undefined {
  return league.level === 'youth' || viewer ? { ...headers, 'cache-control': 'private, no-store' } : headers;
}
