// Scoring a hole and finishing a round. Scoring is a PUT: the hole's last HoleScored wins, and the
// same values again append nothing. Finishing is once per round; its event id is derived from the
// round's, so a repeated finish is the same event, not a second one.
import { and, eq } from 'drizzle-orm';
import { type GolfHoleScoreRow, golfHoleScores } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { appendEvent } from '@/lib/events/store';
import type { HoleScore } from '../hole-score';
import { uuidFrom } from '../ids';
import { roundStream } from '../tags';
import { type HoleScoredData, roundEventTypes } from './events';
import { toHoleScore } from './load';
import { projectRoundEvent } from './project';
import type { Actor } from './start';

export interface ScoreResult {
  score: HoleScore;
  position: number;
  /** Seq of the event that set the hole as it now is. */
  seq: number;
  /** False when the hole already had these values (or this event id was already stored). */
  changed: boolean;
}

const same = (a: HoleScore, b: HoleScore) =>
  a.strokes === b.strokes && a.putts === b.putts && a.fairway === b.fairway && a.penalties === b.penalties && a.sand === b.sand;

/**
 * `current` is the hole as stored (null: not scored), when the caller has already read it; the
 * comparison is only a shortcut, a racing write just appends an event that changes nothing.
 */
export async function scoreHole(
  db: Db,
  actor: Actor,
  roundId: string,
  position: number,
  score: HoleScore,
  opts: { eventId?: string; current?: GolfHoleScoreRow | null } = {},
): Promise<ScoreResult> {
  const stored =
    opts.current !== undefined
      ? opts.current
      : ((
          await db
            .select()
            .from(golfHoleScores)
            .where(
              and(
                eq(golfHoleScores.roundId, roundId),
                eq(golfHoleScores.position, position),
                eq(golfHoleScores.hole, score.hole),
              ),
            )
        )[0] ?? null);
  if (stored && same(toHoleScore(stored), score)) return { score, position, seq: stored.seq, changed: false };
  const data: HoleScoredData = { position, ...score };
  const { event, duplicate } = await appendEvent(
    db,
    roundStream(roundId),
    { id: opts.eventId, type: roundEventTypes.holeScored, data, actorId: actor.userId, requestId: actor.requestId ?? null },
    { project: projectRoundEvent },
  );
  const saved = event.data as HoleScoredData;
  const { position: _p, ...hole } = saved;
  return { score: hole, position: saved.position, seq: event.seq, changed: !duplicate };
}

export async function finishRound(db: Db, actor: Actor, roundId: string): Promise<{ event: StoredEvent; duplicate: boolean }> {
  return appendEvent(
    db,
    roundStream(roundId),
    {
      id: uuidFrom('round-finished', roundId),
      type: roundEventTypes.finished,
      data: { round_id: roundId },
      actorId: actor.userId,
      requestId: actor.requestId ?? null,
    },
    { project: projectRoundEvent },
  );
}
