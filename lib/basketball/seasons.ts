import { and, eq, sql } from 'drizzle-orm';
import { bbGames } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

export const seasonLabel = (s: number) => `${s}-${String((s + 1) % 100).padStart(2, '0')}`;

/** A league's seasons with final games, newest first. */
export async function listSeasons(db: Db, leagueId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ season: bbGames.season })
    .from(bbGames)
    .where(and(eq(bbGames.leagueId, leagueId), eq(bbGames.status, 'final')))
    .orderBy(sql`${bbGames.season} desc`);
  return rows.map((r) => r.season);
}

/** A season from a query string if it is one we have, else the newest. */
export function pickSeason(asked: string | undefined, seasons: number[]): number | null {
  const n = Number(asked);
  return seasons.includes(n) ? n : (seasons[0] ?? null);
}
