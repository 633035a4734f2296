// Reads behind the public basketball API: filtered, keyset-paginated lists in a stable order.

import { and, asc, eq, gt, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bbGames, bbPlayerLines, bbPlayers, bbRosters, bbTeamLines, bbTeams } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { containsPattern, foldedSql, startsPattern } from './name-fold';

const home = alias(bbTeams, 'home');
const away = alias(bbTeams, 'away');

export interface GameFilter {
  /** Games of this league only (the API always names one: the pro league when the caller does not). */
  leagueId?: number;
  dates?: string[];
  seasons?: number[];
  teamIds?: number[];
  gameIds?: number[];
  startDate?: string;
  endDate?: string;
  postseason?: boolean;
  /** Only finished games. */
  final?: boolean;
}

function gameConditions(f: GameFilter): SQL[] {
  const c: SQL[] = [];
  if (f.leagueId !== undefined) c.push(eq(bbGames.leagueId, f.leagueId));
  if (f.dates?.length) c.push(inArray(bbGames.date, f.dates));
  if (f.seasons?.length) c.push(inArray(bbGames.season, f.seasons));
  if (f.gameIds?.length) c.push(inArray(bbGames.id, f.gameIds));
  if (f.teamIds?.length) {
    const either = or(inArray(bbGames.homeTeamId, f.teamIds), inArray(bbGames.awayTeamId, f.teamIds));
    if (either) c.push(either);
  }
  if (f.startDate) c.push(gte(bbGames.date, f.startDate));
  if (f.endDate) c.push(lte(bbGames.date, f.endDate));
  if (f.postseason !== undefined) c.push(eq(bbGames.postseason, f.postseason));
  if (f.final) c.push(eq(bbGames.status, 'final'));
  return c;
}

const gameSelect = {
  id: bbGames.id,
  leagueId: bbGames.leagueId,
  date: bbGames.date,
  season: bbGames.season,
  status: bbGames.status,
  postseason: bbGames.postseason,
  venueKnown: bbGames.venueKnown,
  winnerTeamId: bbGames.winnerTeamId,
  homeScore: bbGames.homeScore,
  awayScore: bbGames.awayScore,
  confirmTeamId: bbGames.confirmTeamId,
  confirmation: bbGames.confirmation,
  home: {
    id: home.id,
    abbreviation: home.abbreviation,
    name: home.name,
    conference: home.conference,
    division: home.division,
    city: home.city,
  },
  away: {
    id: away.id,
    abbreviation: away.abbreviation,
    name: away.name,
    conference: away.conference,
    division: away.division,
    city: away.city,
  },
};

export type GameRow = Awaited<ReturnType<typeof listGames>>[number];

/** Games by (date, id); `after` is the last (date, id) of the previous page. */
export async function listGames(db: Db, f: GameFilter, page: { after: [string, number] | null; limit: number }) {
  const c = gameConditions(f);
  if (page.after) c.push(sql`(${bbGames.date}, ${bbGames.id}) > (${page.after[0]}::date, ${page.after[1]})`);
  return db
    .select(gameSelect)
    .from(bbGames)
    .innerJoin(home, eq(home.id, bbGames.homeTeamId))
    .innerJoin(away, eq(away.id, bbGames.awayTeamId))
    .where(and(...c))
    .orderBy(asc(bbGames.date), asc(bbGames.id))
    .limit(page.limit);
}

/** Games by id alone, for clients whose cursor is the last id they saw (the balldontlie drop-in). */
export async function listGamesById(db: Db, f: GameFilter, page: { after: number | null; limit: number }) {
  const c = gameConditions(f);
  if (page.after) c.push(gt(bbGames.id, page.after));
  return db
    .select(gameSelect)
    .from(bbGames)
    .innerJoin(home, eq(home.id, bbGames.homeTeamId))
    .innerJoin(away, eq(away.id, bbGames.awayTeamId))
    .where(and(...c))
    .orderBy(asc(bbGames.id))
    .limit(page.limit);
}

export async function getGame(db: Db, id: number) {
  const [game] = await db
    .select(gameSelect)
    .from(bbGames)
    .innerJoin(home, eq(home.id, bbGames.homeTeamId))
    .innerJoin(away, eq(away.id, bbGames.awayTeamId))
    .where(eq(bbGames.id, id));
  if (!game) return null;
  const teamLines = await db.select().from(bbTeamLines).where(eq(bbTeamLines.gameId, id)).orderBy(asc(bbTeamLines.teamId));
  const playerLines = await db
    .select({ line: bbPlayerLines, player: { id: bbPlayers.id, name: bbPlayers.name } })
    .from(bbPlayerLines)
    .innerJoin(bbPlayers, eq(bbPlayers.id, bbPlayerLines.playerId))
    .where(eq(bbPlayerLines.gameId, id))
    .orderBy(asc(bbPlayerLines.teamId), sql`${bbPlayerLines.min} desc`, asc(bbPlayerLines.id));
  return { game, teamLines, playerLines };
}

export interface TeamFilter {
  leagueId?: number;
  conference?: string;
  division?: string;
}

export async function listTeams(db: Db, page: { after: number | null; limit: number }, f: TeamFilter = {}) {
  const c: SQL[] = [];
  if (page.after) c.push(gt(bbTeams.id, page.after));
  if (f.leagueId !== undefined) c.push(eq(bbTeams.leagueId, f.leagueId));
  if (f.conference) c.push(sql`lower(${bbTeams.conference}) = lower(${f.conference})`);
  if (f.division) c.push(sql`lower(${bbTeams.division}) = lower(${f.division})`);
  return db
    .select()
    .from(bbTeams)
    .where(and(...c))
    .orderBy(asc(bbTeams.id))
    .limit(page.limit);
}

export async function getTeam(db: Db, id: number) {
  const [team] = await db.select().from(bbTeams).where(eq(bbTeams.id, id));
  return team ?? null;
}

export interface PlayerFilter {
  /** Players on a roster of a team of this league. */
  leagueId?: number;
  search?: string;
  teamIds?: number[];
  seasons?: number[];
  playerIds?: number[];
  /** The name's first word starts with this. */
  firstName?: string;
  /** A later word of the name starts with this. */
  lastName?: string;
}

export async function listPlayers(db: Db, f: PlayerFilter, page: { after: number | null; limit: number }) {
  const c: SQL[] = [];
  if (f.search) c.push(sql`${foldedSql(bbPlayers.name)} like ${containsPattern(f.search)}`);
  if (f.playerIds?.length) c.push(inArray(bbPlayers.id, f.playerIds));
  if (f.firstName) c.push(sql`${foldedSql(bbPlayers.name)} like ${startsPattern(f.firstName)}`);
  if (f.lastName) c.push(sql`${foldedSql(bbPlayers.name)} like ${`% ${startsPattern(f.lastName)}`}`);
  if (f.teamIds?.length || f.seasons?.length || f.leagueId !== undefined) {
    const r: SQL[] = [sql`${bbRosters.playerId} = ${bbPlayers.id}`];
    if (f.teamIds?.length) r.push(inArray(bbRosters.teamId, f.teamIds));
    if (f.leagueId !== undefined) {
      r.push(sql`${bbRosters.teamId} in (select ${bbTeams.id} from ${bbTeams} where ${bbTeams.leagueId} = ${f.leagueId})`);
    }
    if (f.seasons?.length) r.push(inArray(bbRosters.season, f.seasons));
    c.push(sql`exists (select 1 from ${bbRosters} where ${and(...r)})`);
  }
  if (page.after) c.push(gt(bbPlayers.id, page.after));
  return db
    .select({ id: bbPlayers.id, name: bbPlayers.name })
    .from(bbPlayers)
    .where(and(...c))
    .orderBy(asc(bbPlayers.id))
    .limit(page.limit);
}

/** The teams a player was on, by season (newest first). */
export async function playerTeams(db: Db, playerIds: number[]) {
  if (playerIds.length === 0) return [];
  return db
    .select({
      playerId: bbRosters.playerId,
      season: bbRosters.season,
      team: { id: bbTeams.id, abbreviation: bbTeams.abbreviation, name: bbTeams.name },
    })
    .from(bbRosters)
    .innerJoin(bbTeams, eq(bbTeams.id, bbRosters.teamId))
    .where(inArray(bbRosters.playerId, playerIds))
    .orderBy(sql`${bbRosters.season} desc`, asc(bbTeams.abbreviation));
}

export interface StatLineFilter extends GameFilter {
  playerIds?: number[];
}

/** Player box-score lines by id. */
export async function listStatLines(db: Db, f: StatLineFilter, page: { after: number | null; limit: number }) {
  const c = gameConditions(f);
  if (f.playerIds?.length) c.push(inArray(bbPlayerLines.playerId, f.playerIds));
  if (page.after) c.push(gt(bbPlayerLines.id, page.after));
  const team = alias(bbTeams, 'team');
  return db
    .select({
      line: bbPlayerLines,
      player: { id: bbPlayers.id, name: bbPlayers.name },
      team: {
        id: team.id,
        abbreviation: team.abbreviation,
        name: team.name,
        conference: team.conference,
        division: team.division,
        city: team.city,
      },
      game: {
        id: bbGames.id,
        date: bbGames.date,
        season: bbGames.season,
        status: bbGames.status,
        postseason: bbGames.postseason,
        homeTeamId: bbGames.homeTeamId,
        awayTeamId: bbGames.awayTeamId,
        homeScore: bbGames.homeScore,
        awayScore: bbGames.awayScore,
        venueKnown: bbGames.venueKnown,
        winnerTeamId: bbGames.winnerTeamId,
      },
    })
    .from(bbPlayerLines)
    .innerJoin(bbGames, eq(bbGames.id, bbPlayerLines.gameId))
    .innerJoin(bbPlayers, eq(bbPlayers.id, bbPlayerLines.playerId))
    .innerJoin(team, eq(team.id, bbPlayerLines.teamId))
    .where(and(...c))
    .orderBy(asc(bbPlayerLines.id))
    .limit(page.limit);
}
