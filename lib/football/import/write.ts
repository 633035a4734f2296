// Writing read football files: players and teams first, then each game with its plays in one
// transaction (a game is all in or all out). A game with a bad play is refused whole; one whose plays end
// on another score than its final one is kept with a warning (nflscrapR's play-by-play misses a point
// of a real playoff game: refusing it would hide the game, not fix it). A game imported before with the
// same content is left as it is.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { fbGames, fbPlayers, fbPlays, fbTeamAbbreviations, fbTeams } from '@/drizzle/schema';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { findLeague } from '@/lib/leagues/queries';
import { ensureSeasonPartition } from '../partitions';
import { FOOTBALL_TAG } from '../summary';
import type { FootballGameIn, FootballPlayerIn, FootballPlayIn, Rejection } from './types';

export interface FootballImportSummary {
  games: { inserted: number; updated: number; unchanged: number };
  plays: number;
  players: number;
  rejections: Rejection[];
  /** Games imported whose plays disagree with the file's final score, with the difference. */
  warnings: Rejection[];
}

export interface FootballImportInput {
  league?: string;
  games: FootballGameIn[];
  players?: FootballPlayerIn[];
  /** Plays by the game's source id; a game with a rejection is not written. */
  plays: Map<string, { plays: FootballPlayIn[]; rejection: Rejection | null }>;
  rejections?: Rejection[];
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 500;

async function footballLeagueId(db: Db, slug: string): Promise<number> {
  const league = await findLeague(db, slug);
  if (league?.sport !== 'football') throw new Error(`There is no football league "${slug}".`);
  return league.id;
}

async function upsertPlayers(db: Db, leagueId: number, players: FootballPlayerIn[]): Promise<number> {
  for (let i = 0; i < players.length; i += BATCH) {
    const rows = players.slice(i, i + BATCH).map((p) => ({ leagueId, ...p }));
    await db
      .insert(fbPlayers)
      .values(rows)
      .onConflictDoUpdate({
        target: [fbPlayers.leagueId, fbPlayers.sourceId],
        set: {
          name: sql`excluded.name`,
          position: sql`excluded.position`,
          heightInches: sql`excluded.height_inches`,
          weightLbs: sql`excluded.weight_lbs`,
          college: sql`excluded.college`,
          entryYear: sql`excluded.entry_year`,
        },
      });
  }
  return players.length;
}

/** Team ids by abbreviation, creating teams a league has not seen and recording each spelling's seasons. */
async function teamIds(db: Db, leagueId: number, games: FootballGameIn[]): Promise<Map<string, number>> {
  const seen = new Map<string, { name: string; first: number; last: number }>();
  for (const g of games) {
    for (const t of [g.home, g.visitor]) {
      const s = seen.get(t.abbreviation);
      seen.set(t.abbreviation, {
        name: s?.name ?? t.name,
        first: Math.min(s?.first ?? g.season, g.season),
        last: Math.max(s?.last ?? g.season, g.season),
      });
    }
  }
  const ids = new Map<string, number>();
  for (const [abbreviation, t] of seen) {
    const [known] = await db
      .select({ teamId: fbTeamAbbreviations.teamId })
      .from(fbTeamAbbreviations)
      .where(and(eq(fbTeamAbbreviations.leagueId, leagueId), eq(fbTeamAbbreviations.abbreviation, abbreviation)));
    let teamId = known?.teamId;
    if (teamId === undefined) {
      await db.insert(fbTeams).values({ leagueId, abbreviation, name: t.name }).onConflictDoNothing();
      const [row] = await db
        .select({ id: fbTeams.id })
        .from(fbTeams)
        .where(and(eq(fbTeams.leagueId, leagueId), eq(fbTeams.abbreviation, abbreviation)));
      teamId = row?.id as number;
    }
    await db
      .insert(fbTeamAbbreviations)
      .values({ leagueId, abbreviation, teamId, firstSeason: t.first, lastSeason: t.last })
      .onConflictDoUpdate({
        target: [fbTeamAbbreviations.leagueId, fbTeamAbbreviations.abbreviation],
        set: {
          firstSeason: sql`least(${fbTeamAbbreviations.firstSeason}, excluded.first_season)`,
          lastSeason: sql`greatest(${fbTeamAbbreviations.lastSeason}, excluded.last_season)`,
        },
      });
    ids.set(abbreviation, teamId);
  }
  return ids;
}

/** The score after the game's last play must be the final score the games file gives. */
function finalScoreProblem(game: FootballGameIn, plays: FootballPlayIn[]): string | null {
  if (plays.length === 0 || game.homeScore == null || game.visitorScore == null) return null;
  const last = plays.reduce((a, b) => (b.playId > a.playId ? b : a));
  if (last.homeScoreAfter === game.homeScore && last.visitorScoreAfter === game.visitorScore) return null;
  return `game ${game.sourceId}: its plays end ${last.homeScoreAfter}-${last.visitorScoreAfter}, the final score is ${game.homeScore}-${game.visitorScore}`;
}

export async function writeFootball(db: Db, input: FootballImportInput): Promise<FootballImportSummary> {
  const leagueId = await footballLeagueId(db, input.league ?? 'nfl');
  const summary: FootballImportSummary = {
    games: { inserted: 0, updated: 0, unchanged: 0 },
    plays: 0,
    players: await upsertPlayers(db, leagueId, input.players ?? []),
    rejections: [...(input.rejections ?? [])],
    warnings: [],
  };
  const teams = await teamIds(db, leagueId, input.games);
  // Each season's partition once, before its games, not in every game's transaction.
  const seasons = new Set(input.games.filter((g) => (input.plays.get(g.sourceId)?.plays.length ?? 0) > 0).map((g) => g.season));
  for (const season of seasons) await db.transaction((tx) => ensureSeasonPartition(tx, season));
  for (const [i, game] of input.games.entries()) {
    input.onProgress?.(i, input.games.length);
    const read = input.plays.get(game.sourceId) ?? { plays: [], rejection: null };
    if (read.rejection) {
      summary.rejections.push(read.rejection);
      continue;
    }
    const mismatch = finalScoreProblem(game, read.plays);
    const hash = createHash('sha256')
      .update(JSON.stringify([game, read.plays]))
      .digest('base64url');
    const outcome = await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: fbGames.id, hash: fbGames.sourceHash })
        .from(fbGames)
        .where(and(eq(fbGames.leagueId, leagueId), eq(fbGames.sourceId, game.sourceId)))
        .for('update');
      if (existing?.hash === hash) return 'unchanged' as const;
      const values = {
        leagueId,
        sourceId: game.sourceId,
        season: game.season,
        week: game.week,
        seasonType: game.seasonType,
        date: game.date,
        homeTeamId: teams.get(game.home.abbreviation) as number,
        visitorTeamId: teams.get(game.visitor.abbreviation) as number,
        homeScore: game.homeScore,
        visitorScore: game.visitorScore,
        status: 'final' as const,
        stadium: game.stadium,
        roof: game.roof,
        surface: game.surface,
        weather: game.weather,
        temperatureF: game.temperatureF,
        sourceHash: hash,
      };
      let gameId = existing?.id;
      if (gameId === undefined) {
        const [row] = await tx.insert(fbGames).values(values).returning({ id: fbGames.id });
        gameId = row?.id as number;
      } else {
        await tx.update(fbGames).set(values).where(eq(fbGames.id, gameId));
        await tx.delete(fbPlays).where(and(eq(fbPlays.season, game.season), eq(fbPlays.gameId, gameId)));
      }
      for (let j = 0; j < read.plays.length; j += BATCH) {
        await tx.insert(fbPlays).values(
          read.plays.slice(j, j + BATCH).map(({ offense, ...p }) => {
            const offenseId = teams.get(offense) as number;
            const homeId = values.homeTeamId;
            return {
              ...p,
              season: game.season,
              gameId: gameId as number,
              offenseTeamId: offenseId,
              defenseTeamId: offenseId === homeId ? values.visitorTeamId : homeId,
            };
          }),
        );
      }
      return existing ? ('updated' as const) : ('inserted' as const);
    });
    summary.games[outcome]++;
    if (mismatch && outcome !== 'unchanged') summary.warnings.push({ file: 'games', row: game.row ?? 0, reason: mismatch });
    if (outcome !== 'unchanged') summary.plays += read.plays.length;
  }
  input.onProgress?.(input.games.length, input.games.length);
  if (summary.games.inserted + summary.games.updated > 0) await invalidateTags([FOOTBALL_TAG]);
  return summary;
}
