// Reading a schedule: a league's or a team's upcoming games (scheduled, today or later, soonest
// first) and the games a calendar feed lists (upcoming and recent, with finals' scores).
import { aliasedTable, and, asc, eq, gte, inArray, or, type SQL } from 'drizzle-orm';
import { bbGames, bbTeams } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { teamFullName } from '../team-name';

export interface ScheduleGame {
  id: number;
  leagueId: number;
  date: string;
  startsAt: Date | null;
  venue: string | null;
  status: 'scheduled' | 'live' | 'final';
  home: { id: number; name: string; abbreviation: string };
  visitor: { id: number; name: string; abbreviation: string };
  homeScore: number | null;
  visitorScore: number | null;
}

export type ScheduleScope = { leagueId: number } | { teamId: number };

function scopeOf(scope: ScheduleScope): SQL | undefined {
  return 'leagueId' in scope
    ? eq(bbGames.leagueId, scope.leagueId)
    : or(eq(bbGames.homeTeamId, scope.teamId), eq(bbGames.awayTeamId, scope.teamId));
}

async function selectGames(db: Db, where: SQL | undefined, limit: number): Promise<ScheduleGame[]> {
  const home = aliasedTable(bbTeams, 'home');
  const away = aliasedTable(bbTeams, 'away');
  const rows = await db
    .select({
      id: bbGames.id,
      leagueId: bbGames.leagueId,
      date: bbGames.date,
      startsAt: bbGames.startsAt,
      venue: bbGames.venue,
      status: bbGames.status,
      homeScore: bbGames.homeScore,
      visitorScore: bbGames.awayScore,
      homeId: home.id,
      homeName: home.name,
      homeCity: home.city,
      homeAbbr: home.abbreviation,
      awayId: away.id,
      awayName: away.name,
      awayCity: away.city,
      awayAbbr: away.abbreviation,
    })
    .from(bbGames)
    .innerJoin(home, eq(home.id, bbGames.homeTeamId))
    .innerJoin(away, eq(away.id, bbGames.awayTeamId))
    .where(where)
    .orderBy(asc(bbGames.date), asc(bbGames.startsAt), asc(bbGames.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    leagueId: r.leagueId,
    date: r.date,
    startsAt: r.startsAt,
    venue: r.venue,
    status: r.status,
    homeScore: r.homeScore,
    visitorScore: r.visitorScore,
    home: { id: r.homeId, name: teamFullName(r.homeCity, r.homeName), abbreviation: r.homeAbbr },
    visitor: { id: r.awayId, name: teamFullName(r.awayCity, r.awayName), abbreviation: r.awayAbbr },
  }));
}

/** Games not yet scored, from `today` on: what "upcoming" means everywhere. */
export function upcomingGames(db: Db, scope: ScheduleScope, today: string, limit = 100): Promise<ScheduleGame[]> {
  return selectGames(db, and(scopeOf(scope), eq(bbGames.status, 'scheduled'), gte(bbGames.date, today)), limit);
}

/** A feed's games: everything from `since` on (finals keep their event, now with the score). */
export function calendarGames(db: Db, scope: ScheduleScope, since: string, limit = 2000): Promise<ScheduleGame[]> {
  return selectGames(db, and(scopeOf(scope), gte(bbGames.date, since)), limit);
}

/** One game of a league, for editing its schedule. */
export async function scheduledGame(db: Db, leagueId: number, gameId: number): Promise<ScheduleGame | undefined> {
  const [game] = await selectGames(db, and(eq(bbGames.leagueId, leagueId), inArray(bbGames.id, [gameId])), 1);
  return game;
}
