// Demo basketball data: three seasons of NBA team game logs (MIT, see data/basketball/PROVENANCE-*.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { bbGames, bbTeams } from '@/drizzle/schema';
import { type GameFromLog, pairGames, type TeamGameLogRow, teamGameLogRow } from '@/lib/basketball/team-game-log';
import type { Seed } from './types';

const FILES = ['log-2017.csv', 'log-2018.csv', 'log-2019.csv'];
const BATCH = 500;

export const dataDir = path.join(process.cwd(), 'drizzle', 'seed', 'data', 'basketball');

function readLog(file: string): TeamGameLogRow[] {
  const records = parse(readFileSync(path.join(dataDir, file)), { columns: true, skip_empty_lines: true }) as unknown[];
  return records.map((record, i) => {
    const parsed = teamGameLogRow.safeParse(record);
    // Seed files are ours and checked in: a bad row is a bug in the repository, not user input.
    if (!parsed.success) throw new Error(`${file} row ${i + 2}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

export const basketballTeamGameLogs: Seed = {
  name: 'basketball-team-game-logs',
  async run({ db, onProgress }) {
    const { games, problems } = pairGames(FILES.flatMap(readLog));
    if (problems.length > 0) throw new Error(`demo game logs: ${problems.slice(0, 3).join('; ')}`);

    const teams = new Map(games.flatMap((g) => [g.home, g.away]).map((t) => [t.sourceId, t]));
    const stored = await db
      .insert(bbTeams)
      .values([...teams.values()])
      .onConflictDoUpdate({
        target: bbTeams.sourceId,
        set: { abbreviation: sql`excluded.abbreviation`, name: sql`excluded.name` },
      })
      .returning({ id: bbTeams.id, sourceId: bbTeams.sourceId });
    const teamId = new Map(stored.map((t) => [t.sourceId, t.id]));
    const idOf = (g: GameFromLog, side: 'home' | 'away') => {
      const id = teamId.get(g[side].sourceId);
      if (id === undefined) throw new Error(`team ${g[side].sourceId} was not stored`);
      return id;
    };

    for (let i = 0; i < games.length; i += BATCH) {
      const batch = games.slice(i, i + BATCH).map((g) => ({
        sourceId: g.sourceId,
        season: g.season,
        date: g.date,
        postseason: g.postseason,
        homeTeamId: idOf(g, 'home'),
        awayTeamId: idOf(g, 'away'),
        homeScore: g.homeScore,
        awayScore: g.awayScore,
        status: 'final' as const,
      }));
      await db
        .insert(bbGames)
        .values(batch)
        .onConflictDoUpdate({
          target: bbGames.sourceId,
          set: {
            homeScore: sql`excluded.home_score`,
            awayScore: sql`excluded.away_score`,
            status: sql`excluded.status`,
            date: sql`excluded.date`,
          },
        });
      onProgress?.(Math.min(i + BATCH, games.length), games.length);
    }
    return teams.size + games.length;
  },
};
