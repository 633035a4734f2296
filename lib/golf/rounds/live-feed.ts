// The SSE view of a round: each event with the leaderboard after it. The viewer's state is folded
// from the log: what it already has (up to afterSeq) is read first, then sseResponse hands the view
// every later event exactly once and in seq order, so the fold stays in step with the stream.
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { readStream } from '@/lib/events/store';
import { roundStream } from '../tags';
import { foldRoundEvent, type LiveRound, liveLeaderboard } from './leaderboard';

export async function liveLeaderboardFeed(db: Db, roundId: string, afterSeq: number) {
  let state: LiveRound | null = null;
  for (let seq = 0; seq < afterSeq; ) {
    const page = await readStream(db, roundStream(roundId), { afterSeq: seq, limit: Math.min(1000, afterSeq - seq) });
    if (page.length === 0) break;
    for (const e of page) state = foldRoundEvent(state, e);
    seq = page.at(-1)?.seq ?? afterSeq;
  }
  return (event: StoredEvent) => {
    state = foldRoundEvent(state, event);
    return { seq: event.seq, type: event.type, data: event.data, leaderboard: liveLeaderboard(state) };
  };
}
