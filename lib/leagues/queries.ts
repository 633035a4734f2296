// Reading leagues: by id or slug, the default league of a sport, who may see a members-only one.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { bbTeams, type League, leagues, roleGrants } from '@/drizzle/schema';
import { cached } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';

export type Sport = League['sport'];

/** Every cached read of a league carries this tag; writing a league invalidates it. */
export const LEAGUES_TAG = 'leagues';
const LEAGUE_TTL = 300;

/** Who is looking: an account (admins see every league) or nobody. */
export type Viewer = { id: string; role: string } | null;

/** The leagues a viewer holds a grant in, directly or through one of the league's teams. */
export async function memberLeagueIds(db: Db, userId: string): Promise<Set<number>> {
  const rows = await db
    .select({ leagueId: sql<number>`coalesce(${bbTeams.leagueId}, ${roleGrants.scopeId})` })
    .from(roleGrants)
    .leftJoin(bbTeams, and(eq(roleGrants.scopeKind, 'team'), eq(bbTeams.id, roleGrants.scopeId)))
    .where(
      and(eq(roleGrants.userId, userId), inArray(roleGrants.scopeKind, ['league', 'team']), eq(roleGrants.status, 'active')),
    );
  const ids = new Set(rows.map((r) => Number(r.leagueId)));
  const owned = await db.select({ id: leagues.id }).from(leagues).where(eq(leagues.pickupOwnerId, userId));
  for (const o of owned) ids.add(o.id);
  return ids;
}

export async function mayView(db: Db, league: League, viewer: Viewer): Promise<boolean> {
  if (league.visibility === 'public' || viewer?.role === 'admin') return true;
  if (!viewer) return false;
  return (await memberLeagueIds(db, viewer.id)).has(league.id);
}

/** Leagues the viewer may see, public first by level (pro first), then by name. */
export async function listLeagues(db: Db, viewer: Viewer, filter: { sport?: Sport } = {}): Promise<League[]> {
  const member = viewer && viewer.role !== 'admin' ? [...(await memberLeagueIds(db, viewer.id))] : [];
  const visible =
    viewer?.role === 'admin'
      ? undefined
      : member.length
        ? or(eq(leagues.visibility, 'public'), inArray(leagues.id, member))
        : eq(leagues.visibility, 'public');
  return db
    .select()
    .from(leagues)
    .where(and(visible, filter.sport ? eq(leagues.sport, filter.sport) : undefined))
    .orderBy(sql`${leagues.pickupOwnerId} is not null`, asc(leagues.level), asc(leagues.name), asc(leagues.id));
}

/** A league by numeric id or by slug (any case), or undefined. */
export async function findLeague(db: Db, ref: string | number): Promise<League | undefined> {
  const asId = typeof ref === 'number' ? ref : /^\d+$/.test(ref) ? Number(ref) : null;
  const [row] = await db
    .select()
    .from(leagues)
    .where(asId !== null && asId <= 2_147_483_647 ? eq(leagues.id, asId) : sql`lower(${leagues.slug}) = lower(${String(ref)})`)
    .limit(1);
  return row;
}

/**
 * The league a page or the public API shows when none is named: the sport's public pro league (the
 * oldest if several), else its oldest public league. Today's API clients, who name none, get the NBA.
 */
export async function defaultLeague(db: Db, sport: Sport): Promise<League | undefined> {
  const [row] = await db
    .select()
    .from(leagues)
    .where(and(eq(leagues.sport, sport), eq(leagues.visibility, 'public'), sql`${leagues.pickupOwnerId} is null`))
    .orderBy(sql`${leagues.level} <> 'pro'`, asc(leagues.id))
    .limit(1);
  return row;
}

/** The league a cached read found, checked for the viewer: "not found" as resolveLeague says it. */
export async function visibleOrNotFound(
  db: Db,
  league: League | null,
  sport: Sport,
  ref: string | undefined,
  viewer: Viewer,
): Promise<League> {
  if (league && (await mayView(db, league, viewer))) return league;
  if (ref === undefined || ref === '') throw new DomainError('not_found', `There is no public ${sport} league yet.`);
  throw new DomainError('not_found', `No ${sport} league "${ref}".`, { league: ref });
}

/**
 * The league a request names (id or slug), checked for the sport and the viewer; the default league
 * when it names none. A league the viewer may not see is "not found", as if it did not exist.
 */
export async function resolveLeague(db: Db, sport: Sport, ref: string | undefined, viewer: Viewer): Promise<League> {
  if (ref === undefined || ref === '') {
    const fallback = await cached(`league:default:${sport}`, [LEAGUES_TAG], LEAGUE_TTL, () => defaultLeague(db, sport));
    if (!fallback) throw new DomainError('not_found', `There is no public ${sport} league yet.`);
    return fallback;
  }
  // Resolved on every filtered request: cached, so a league-scoped read costs what an unscoped one did.
  const league = await cached(`league:ref:${ref.toLowerCase()}`, [LEAGUES_TAG], LEAGUE_TTL, () => findLeague(db, ref));
  if (!league || league.sport !== sport || !(await mayView(db, league, viewer))) {
    throw new DomainError('not_found', `No ${sport} league "${ref}".`, { league: ref });
  }
  return league;
}

/** May this account run the league (its teams, schedule and members)? Its league admins and, for a pickup league, its owner. */
export async function managesLeague(
  db: Db,
  userId: string,
  leagueId: number,
  opts: { pickup: boolean } = { pickup: true },
): Promise<boolean> {
  const [grant] = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, userId),
        eq(roleGrants.role, 'league_admin'),
        eq(roleGrants.scopeKind, 'league'),
        eq(roleGrants.scopeId, leagueId),
        eq(roleGrants.status, 'active'),
      ),
    )
    .limit(1);
  if (grant || !opts.pickup) return !!grant;
  const [owned] = await db
    .select({ id: leagues.id })
    .from(leagues)
    .where(and(eq(leagues.id, leagueId), eq(leagues.pickupOwnerId, userId)))
    .limit(1);
  return owned !== undefined;
}

/** A league of this sport by id, or a clear 422 naming what is wrong. */
export async function requireLeague(db: Db, sport: Sport, leagueId: number): Promise<League> {
  const league = await findLeague(db, leagueId);
  if (!league || league.sport !== sport) throw new DomainError('rule_violation', `No ${sport} league with id ${leagueId}.`);
  return league;
}

/** Responses about a members-only league depend on who asks: no shared cache may keep them. */
export function leagueCacheHeaders(league: League): Record<string, string> | undefined {
  return league.visibility === 'members' ? { 'cache-control': 'private, no-store' } : undefined;
}

/** The leagues of a sport the user runs (all of them for a site admin), pickup leagues aside: where they may add teams. */
export async function leaguesRunBy(db: Db, user: { id: string; role: string }, sport: Sport): Promise<League[]> {
  const own = and(eq(leagues.sport, sport), sql`${leagues.pickupOwnerId} is null`);
  if (user.role === 'admin') return db.select().from(leagues).where(own).orderBy(asc(leagues.name));
  return db
    .select({ league: leagues })
    .from(leagues)
    .innerJoin(
      roleGrants,
      and(
        eq(roleGrants.scopeKind, 'league'),
        eq(roleGrants.scopeId, leagues.id),
        eq(roleGrants.role, 'league_admin'),
        eq(roleGrants.status, 'active'),
        eq(roleGrants.userId, user.id),
      ),
    )
    .where(own)
    .orderBy(asc(leagues.name))
    .then((rows) => rows.map((r) => r.league));
}

/** May the viewer see what belongs to this league (a game, a team)? Members-only leagues: their members and admins. */
export async function mayViewLeagueOf(db: Db, leagueId: number, viewer: Viewer): Promise<boolean> {
  const league = await cached(`league:ref:${leagueId}`, [LEAGUES_TAG], LEAGUE_TTL, () => findLeague(db, leagueId));
  return league !== undefined && (await mayView(db, league, viewer));
}

/** A condition on a league id column: the leagues the viewer may see (undefined: every league, for admins). */
export async function visibleLeagueIds(db: Db, viewer: Viewer): Promise<number[] | undefined> {
  if (viewer?.role === 'admin') return undefined;
  const open = await db.select({ id: leagues.id }).from(leagues).where(eq(leagues.visibility, 'public'));
  const member = viewer ? [...(await memberLeagueIds(db, viewer.id))] : [];
  return [...new Set([...open.map((l) => l.id), ...member])];
}
