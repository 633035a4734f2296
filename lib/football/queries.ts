// Football reads for the API and pages: teams, games with their teams, a game's plays and drives, and
// plays by the filter language, in a stable order for cursor pages.
import { aliasedTable, and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type FbPlay, fbGames, fbPlays, fbTeams } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { footballGameView, footballPlayView, footballTeamView } from './api-views';
import { drivesOf } from './drives';
import { type PlayFilter, playConditions } from './play-filters';

type TeamRow = { id: number; abbreviation: string; name: string };
const toTeam = (t: TeamRow): z.infer<typeof footballTeamView> => ({ id: t.id, abbreviation: t.abbreviation, full_name: t.name });

export async function listFootballTeams(db: Db, leagueId: number) {
  const rows = await db
    .select({ id: fbTeams.id, abbreviation: fbTeams.abbreviation, name: fbTeams.name })
    .from(fbTeams)
    .where(eq(fbTeams.leagueId, leagueId))
    .orderBy(asc(fbTeams.abbreviation));
  return rows.map(toTeam);
}

const home = aliasedTable(fbTeams, 'home');
const visitor = aliasedTable(fbTeams, 'visitor');
const gameColumns = {
  game: fbGames,
  home: { id: home.id, abbreviation: home.abbreviation, name: home.name },
  visitor: { id: visitor.id, abbreviation: visitor.abbreviation, name: visitor.name },
};

function toGame(r: { game: typeof fbGames.$inferSelect; home: TeamRow; visitor: TeamRow }): z.infer<typeof footballGameView> {
  const g = r.game;
  return {
    id: g.id,
    source_id: g.sourceId,
    date: g.date,
    season: g.season,
    week: g.week,
    season_type: g.seasonType,
    postseason: g.seasonType === 'post',
    status: g.status,
    home_team: toTeam(r.home),
    visitor_team: toTeam(r.visitor),
    home_team_score: g.homeScore,
    visitor_team_score: g.visitorScore,
    stadium: g.stadium,
    roof: g.roof,
    surface: g.surface,
    weather: g.weather,
  };
}

export interface GameFilter {
  leagueId: number;
  seasons?: number[];
  weeks?: number[];
  teamIds?: number[];
  seasonType?: 'pre' | 'reg' | 'post';
}

export async function listFootballGames(db: Db, f: GameFilter, page: { after: [string, number] | null; limit: number }) {
  const c: (SQL | undefined)[] = [eq(fbGames.leagueId, f.leagueId)];
  if (f.seasons?.length) c.push(inArray(fbGames.season, f.seasons));
  if (f.weeks?.length) c.push(inArray(fbGames.week, f.weeks));
  if (f.teamIds?.length) c.push(or(inArray(fbGames.homeTeamId, f.teamIds), inArray(fbGames.visitorTeamId, f.teamIds)));
  if (f.seasonType) c.push(eq(fbGames.seasonType, f.seasonType));
  if (page.after) c.push(sql`(${fbGames.date}, ${fbGames.id}) > (${page.after[0]}::date, ${page.after[1]})`);
  const rows = await db
    .select(gameColumns)
    .from(fbGames)
    .innerJoin(home, eq(home.id, fbGames.homeTeamId))
    .innerJoin(visitor, eq(visitor.id, fbGames.visitorTeamId))
    .where(and(...c))
    .orderBy(asc(fbGames.date), asc(fbGames.id))
    .limit(page.limit);
  return rows.map(toGame);
}

const clock = (s: number | null) => (s == null ? '' : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);

export function toPlay(p: FbPlay): z.infer<typeof footballPlayView> {
  return {
    game_id: p.gameId,
    play_id: p.playId,
    season: p.season,
    drive: p.drive,
    quarter: p.quarter,
    clock: clock(p.quarterSeconds),
    seconds_remaining: p.gameSeconds,
    down: p.down,
    distance: p.distance,
    yardline_100: p.yardline100,
    goal_to_go: p.goalToGo,
    offense_team_id: p.offenseTeamId,
    defense_team_id: p.defenseTeamId,
    score_diff: p.scoreDiff,
    home_score_before: p.homeScoreBefore,
    visitor_score_before: p.visitorScoreBefore,
    home_score_after: p.homeScoreAfter,
    visitor_score_after: p.visitorScoreAfter,
    play_type: p.playType,
    pass_result: p.passResult,
    yards_gained: p.yardsGained,
    touchdown: p.touchdown,
    turnover: p.turnover,
    penalty: p.penalty,
    first_down: p.firstDown,
    success: p.success,
    explosive: p.explosive,
    formation: p.formation,
    personnel: p.personnel ?? null,
    personnel_code: p.personnelCode,
    defense_personnel: p.defensePersonnel ?? null,
    defenders_in_box: p.defendersInBox,
    pass_rushers: p.passRushers,
    ep: p.ep,
    wp: p.wp,
    epa: p.epa,
    wpa: p.wpa,
    source_ep: p.sourceEp,
    source_epa: p.sourceEpa,
    source_wp: p.sourceWp,
    source_wpa: p.sourceWpa,
    description: p.description,
  };
}

export async function getFootballGame(db: Db, id: number) {
  const [row] = await db
    .select(gameColumns)
    .from(fbGames)
    .innerJoin(home, eq(home.id, fbGames.homeTeamId))
    .innerJoin(visitor, eq(visitor.id, fbGames.visitorTeamId))
    .where(eq(fbGames.id, id));
  if (!row) return null;
  const plays = await db
    .select()
    .from(fbPlays)
    .where(and(eq(fbPlays.season, row.game.season), eq(fbPlays.gameId, id)))
    .orderBy(asc(fbPlays.playId));
  return { ...toGame(row), drives: drivesOf(plays, row.game.homeTeamId), plays: plays.map(toPlay) };
}

export type PlayKey = [number, number, number];

/** Plays matching the filter in one league, in (season, game, play) order after the cursor's key. */
export async function listFootballPlays(db: Db, leagueId: number, f: PlayFilter, page: { after: PlayKey | null; limit: number }) {
  const { where } = playConditions(f);
  const after = page.after
    ? or(
        gt(fbPlays.season, page.after[0]),
        and(eq(fbPlays.season, page.after[0]), gt(fbPlays.gameId, page.after[1])),
        and(eq(fbPlays.season, page.after[0]), eq(fbPlays.gameId, page.after[1]), gt(fbPlays.playId, page.after[2])),
      )
    : undefined;
  const rows = await db
    .select({ play: fbPlays })
    .from(fbPlays)
    .innerJoin(fbGames, eq(fbGames.id, fbPlays.gameId))
    .where(and(eq(fbGames.leagueId, leagueId), where, after))
    .orderBy(asc(fbPlays.season), asc(fbPlays.gameId), asc(fbPlays.playId))
    .limit(page.limit);
  return rows.map((r) => r.play);
}

export async function footballGameLeague(db: Db, id: number): Promise<number | null> {
  const [row] = await db.select({ leagueId: fbGames.leagueId }).from(fbGames).where(eq(fbGames.id, id));
  return row?.leagueId ?? null;
}

export async function getFootballTeam(db: Db, id: number) {
  const [row] = await db
    .select({ id: fbTeams.id, leagueId: fbTeams.leagueId, abbreviation: fbTeams.abbreviation, name: fbTeams.name })
    .from(fbTeams)
    .where(eq(fbTeams.id, id));
  return row ? { leagueId: row.leagueId, view: toTeam(row) } : null;
}
