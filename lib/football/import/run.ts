// Importing the Big Data Bowl files: read, check, then write game by game.
import type { Db } from '@/lib/db/client';
import { readGames, readPlayers, readPlays } from './big-data-bowl';
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
