// Writing a league's schedule: rows name teams of the league (by id, name or abbreviation), each new
// game is a scheduled game that can later be scored live, and a game the league already has on that
// date between the same two teams is reported as a duplicate, never doubled.
import { and, eq, sql } from 'drizzle-orm';
import { bbGames, bbLiveGames, bbTeams, type League } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { seasonOfDate } from '@/lib/leagues/seasons';
import { initialState } from '../live/reducer';
import { type RuleSetName, ruleSetName } from '../live/rules';
import { basketballTags } from '../tags';
import { teamFullName } from '../team-name';
import { touchBasketballData } from '../versioned-cache';
import { type ScheduleGameInput, whenOf } from './input';

export interface LeagueTeams {
  byId: Map<number, { id: number; name: string }>;
  byName: Map<string, { id: number; name: string }[]>;
}

export async function leagueTeams(db: Db, leagueId: number): Promise<LeagueTeams> {
  const rows = await db
    .select({ id: bbTeams.id, name: bbTeams.name, city: bbTeams.city, abbreviation: bbTeams.abbreviation })
    .from(bbTeams)
    .where(eq(bbTeams.leagueId, leagueId));
  const byId = new Map<number, { id: number; name: string }>();
  const byName = new Map<string, { id: number; name: string }[]>();
  for (const t of rows) {
    const team = { id: t.id, name: teamFullName(t.city, t.name) };
    byId.set(t.id, team);
    for (const key of new Set([t.name, t.abbreviation, team.name].map((k) => k.trim().toLowerCase()))) {
      byName.set(key, [...(byName.get(key) ?? []), team]);
    }
  }
  return { byId, byName };
}

/** A team of the league by reference, or why not. */
export function resolveTeam(teams: LeagueTeams, ref: string | number, league: League): { id: number } | { reason: string } {
  const asId = typeof ref === 'number' ? ref : /^\d+$/.test(ref) ? Number(ref) : null;
  if (asId !== null) {
    return teams.byId.has(asId) ? { id: asId } : { reason: `team ${asId} is not in ${league.name}` };
  }
  const found = teams.byName.get(String(ref).trim().toLowerCase()) ?? [];
  if (found.length === 1 && found[0]) return { id: found[0].id };
  if (found.length > 1) return { reason: `'${ref}' names ${found.length} teams of ${league.name}: use the team id` };
  return { reason: `'${ref}' is not a team of ${league.name}` };
}

export interface ScheduledGame {
  date: string;
  startsAt: Date | null;
  homeTeamId: number;
  awayTeamId: number;
  venue: string | null;
}

/** A schedule row with its teams resolved, or the reason it cannot be scheduled. */
export function resolveRow(
  teams: LeagueTeams,
  league: League,
  g: ScheduleGameInput,
): ScheduledGame | { field: string; reason: string } {
  const home = resolveTeam(teams, g.home, league);
  if ('reason' in home) return { field: 'home', reason: home.reason };
  const visitor = resolveTeam(teams, g.visitor, league);
  if ('reason' in visitor) return { field: 'visitor', reason: visitor.reason };
  if (home.id === visitor.id) return { field: 'visitor', reason: 'a team cannot play itself' };
  const { date, startsAt } = whenOf(g);
  return { date, startsAt, homeTeamId: home.id, awayTeamId: visitor.id, venue: g.venue || null };
}

export type Outcome =
  | { kind: 'created'; gameId: number }
  | { kind: 'duplicate'; gameId: number; changed: boolean }
  | { kind: 'unchanged'; gameId: number };

/**
 * Schedules games in one transaction, serialised per league so two requests cannot double a game.
 * A game already there (same date, same two teams either way round) is a duplicate; with
 * `updateExisting` (a re-imported file) its time and venue follow the row while it is still scheduled.
 * With an actor, one audit row names the league and the games made.
 */
export async function scheduleGames(
  db: Db,
  league: League,
  games: ScheduledGame[],
  opts: { actor?: AuditActor; createdBy?: string | null; updateExisting?: boolean } = {},
): Promise<Outcome[]> {
  const ruleSet: RuleSetName = ruleSetName.safeParse(league.ruleSet).success ? (league.ruleSet as RuleSetName) : 'nba';
  const outcomes = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('statline-schedule'), ${league.id})`);
    const result: Outcome[] = [];
    for (const g of games) {
      const [existing] = await tx
        .select({ id: bbGames.id, status: bbGames.status, startsAt: bbGames.startsAt, venue: bbGames.venue })
        .from(bbGames)
        .where(
          and(
            eq(bbGames.leagueId, league.id),
            eq(bbGames.date, g.date),
            sql`least(${bbGames.homeTeamId}, ${bbGames.awayTeamId}) = ${Math.min(g.homeTeamId, g.awayTeamId)}`,
            sql`greatest(${bbGames.homeTeamId}, ${bbGames.awayTeamId}) = ${Math.max(g.homeTeamId, g.awayTeamId)}`,
          ),
        )
        .limit(1);
      if (existing) {
        const same = existing.venue === g.venue && existing.startsAt?.getTime() === g.startsAt?.getTime();
        if (same) result.push({ kind: 'unchanged', gameId: existing.id });
        else if (opts.updateExisting && existing.status === 'scheduled') {
          await tx.update(bbGames).set({ startsAt: g.startsAt, venue: g.venue }).where(eq(bbGames.id, existing.id));
          result.push({ kind: 'duplicate', gameId: existing.id, changed: true });
        } else result.push({ kind: 'duplicate', gameId: existing.id, changed: false });
        continue;
      }
      const [row] = await tx
        .insert(bbGames)
        .values({
          leagueId: league.id,
          season: seasonOfDate(g.date, league.seasonFormat),
          date: g.date,
          startsAt: g.startsAt,
          venue: g.venue,
          homeTeamId: g.homeTeamId,
          awayTeamId: g.awayTeamId,
          ruleSet,
          createdBy: opts.actor?.userId ?? opts.createdBy ?? null,
          status: 'scheduled',
        })
        .returning({ id: bbGames.id });
      if (!row) throw new Error('insert returned no row');
      // As createGame does: a scheduled game is ready to be scored live when it tips off.
      const setup = {
        ruleSet,
        home: { team_id: g.homeTeamId, player_ids: [] },
        visitor: { team_id: g.awayTeamId, player_ids: [] },
      };
      await tx.insert(bbLiveGames).values({ gameId: row.id, lastSeq: 0, state: initialState(setup) });
      result.push({ kind: 'created', gameId: row.id });
    }
    if (opts.actor) {
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        requestId: opts.actor.requestId,
        ip: opts.actor.ip ?? null,
        action: 'league.schedule',
        targetType: 'league',
        targetId: String(league.id),
        details: {
          created: result.filter((o) => o.kind === 'created').map((o) => o.gameId),
          duplicates: result.filter((o) => o.kind !== 'created').map((o) => o.gameId),
        },
      });
    }
    await touchBasketballData(tx);
    return result;
  });
  await invalidateTags([basketballTags.games]);
  return outcomes;
}
