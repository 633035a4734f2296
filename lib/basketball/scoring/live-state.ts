// The stored state of a live-scored game, for pages that show part of it (the line score).
import { eq } from 'drizzle-orm';
import { bbLiveGames } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { GameState } from '../live/state';

/** Null when the game was not scored live (imported games keep no play-by-play). */
export async function liveGameState(db: Db, gameId: number): Promise<GameState | null> {
  const [row] = await db.select({ state: bbLiveGames.state }).from(bbLiveGames).where(eq(bbLiveGames.gameId, gameId));
  return row ? (row.state as GameState) : null;
}
