// The SSE view of an event: each event of its stream with the leaderboard after it. The state starts
// from the projection as it is when the view starts, then folds each later event: hole scores are
// "this hole is now N", so an event the projection already holds only sets what is already there.
import type { GolfEventRow } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { rankBoard } from './board';
import { boardState } from './read';
import { foldEventBoard } from './stream-events';

export async function eventBoardFeed(db: Db, event: GolfEventRow, by: 'gross' | 'net' = 'gross') {
  const state = await boardState(db, event);
  return (e: StoredEvent) => {
    foldEventBoard(state, e);
    return { seq: e.seq, type: e.type, data: e.data, leaderboard: rankBoard(state, { by }) };
  };
}
