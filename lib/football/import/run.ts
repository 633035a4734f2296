// Importing the Big Data Bowl files: read, check, then write game by game.
import type { Db } from '@/lib/db/client';
import { readGames, readPlayers, readPlays } from './big-data-bowl';
import { nflscraprDates, readNflscraprGames, readNflscraprPlays } from './nflscrapr';
import { type FootballImportSummary, writeFootball } from './write';

export interface BigDataBowlFiles {
  games: string;
  players?: string;
  plays?: string;
}

export async function importBigDataBowl(
  db: Db,
  files: BigDataBowlFiles,
  onProgress?: (done: number, total: number) => void,
): Promise<FootballImportSummary> {
  const games = readGames(files.games);
  const players = files.players ? readPlayers(files.players) : { players: [], rejections: [] };
  const teams = new Map(games.games.map((g) => [g.sourceId, [g.home.abbreviation, g.visitor.abbreviation] as [string, string]]));
  const plays = files.plays ? readPlays(files.plays, (id) => teams.get(id)) : [];
  return writeFootball(db, {
    games: games.games,
    players: players.players,
    plays: new Map(plays.map((g) => [g.gameSourceId, g])),
    rejections: [
      ...games.rejections,
      ...players.rejections,
      ...plays
        .filter((g) => !teams.has(g.gameSourceId))
        .map((g) => g.rejection)
        .filter((r) => r !== null),
    ],
    onProgress,
  });
}

export interface NflscraprFiles {
  /** post_games_YYYY.csv (or reg_games_…): the games and their final scores. */
  games: string;
  /** post_pbp_YYYY.csv: the plays, with nflscrapR's EP, EPA, WP and WPA. */
  plays: string;
}

export async function importNflscrapr(
  db: Db,
  files: NflscraprFiles,
  onProgress?: (done: number, total: number) => void,
): Promise<FootballImportSummary & { skipped: number }> {
  const games = readNflscraprGames(files.games, nflscraprDates(files.plays));
  const teams = new Map(games.games.map((g) => [g.sourceId, [g.home.abbreviation, g.visitor.abbreviation] as [string, string]]));
  const plays = readNflscraprPlays(files.plays, (id) => teams.get(id));
  const summary = await writeFootball(db, {
    games: games.games,
    plays: new Map(plays.map((g) => [g.gameSourceId, g])),
    rejections: games.rejections,
    onProgress,
  });
  return { ...summary, skipped: games.skipped };
}
