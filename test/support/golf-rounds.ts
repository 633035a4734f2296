// Rounds played straight through the golf domain (no HTTP), for tests of what reads the event log:
// the analytics consumer, achievements, the live feed.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../lib/db/client';
import { GOLF_ANALYTICS_CONSUMER, runGolfAnalytics } from '../../lib/golf/analytics/consumer';
import { answerRound } from '../../lib/golf/rounds/answer';
import { finishRound, scoreHole } from '../../lib/golf/rounds/score';
import { startRound } from '../../lib/golf/rounds/start';

/** Par 72 on Statline Links (fictional): 4 4 3 5 4 4 3 4 5 | 4 3 4 5 4 4 3 4 5. */
export const linksPar = [4, 4, 3, 5, 4, 4, 3, 4, 5, 4, 3, 4, 5, 4, 4, 3, 4, 5];

/** A card of 18 holes at `overPar` strokes over par in all, spread from hole 1; `birdieOn` makes one hole a birdie. */
export function cardOver(overPar: number, birdieOn?: number): number[] {
  const strokes = [...linksPar];
  let extra = overPar + (birdieOn ? 1 : 0);
  if (birdieOn) strokes[birdieOn - 1] = (strokes[birdieOn - 1] as number) - 1;
  for (let i = 0; extra > 0; i = (i + 1) % 18) {
    if (i + 1 === birdieOn) continue;
    strokes[i] = (strokes[i] as number) + 1;
    extra--;
  }
  return strokes;
}

export async function playRound(
  db: Db,
  opts: {
    userIds: string[];
    courseId: number;
    teeId: number;
    date: string;
    cards: number[][];
    finish?: boolean;
    putts?: number;
    /** The other golfers confirm the round (default): otherwise it is not on their record. */
    confirm?: boolean;
  },
): Promise<string> {
  const [first, ...others] = opts.userIds;
  const actor = { userId: first as string };
  const { roundId } = await startRound(db, actor, {
    id: randomUUID(),
    course_id: opts.courseId,
    tee_id: opts.teeId,
    date: opts.date,
    format: 'stroke_play',
    caller_plays: true,
    players: others.map((user_id) => ({ user_id })),
    guests: [],
  });
  if (opts.confirm !== false) for (const userId of others) await answerRound(db, { userId }, roundId, 'confirm');
  for (const [p, card] of opts.cards.entries()) {
    for (const [i, strokes] of card.entries()) {
      const putts = Math.min(opts.putts ?? 2, strokes - 1);
      await scoreHole(db, actor, roundId, p + 1, { hole: i + 1, strokes, putts, fairway: linksPar[i] === 3 ? 'n/a' : 'hit' });
    }
  }
  if (opts.finish !== false) await finishRound(db, actor, roundId);
  return roundId;
}

/**
 * Runs the analytics consumer until it has every event of the log. One run may stop short on
 * Postgres: it reads only transactions older than every running one in the cluster, and other
 * test files' databases share the cluster.
 */
export async function analyticsCaughtUp(db: Db, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await runGolfAnalytics(db);
    const [left] = rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(*)::int as n from events e
        where not exists (select 1 from consumer_checkpoints c
                          where c.name = ${GOLF_ANALYTICS_CONSUMER} and (e.tx_id, e.position) <= (c.tx_id, c.position))`),
    );
    if (!left?.n) return;
    if (Date.now() > until) throw new Error(`golf analytics still ${left.n} events behind after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
