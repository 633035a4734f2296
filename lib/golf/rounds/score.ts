// Scoring a hole and finishing a round. Scoring is a PUT: the hole's last HoleScored wins. Without
// an idempotency key the same values again append nothing. With one, the write is always recorded
// (same values included): otherwise a retry of a key that wrote nothing would find no trace of it
// and re-apply its old values over a newer score. Finishing is once per round; its event id is
// derived from the round's, so a repeated finish is the same event, not a second one.
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { appendEvent, type Projector } from '@/lib/events/store';
import { mirrorToEvent } from '../events/mirror';
import type { HoleScore } from '../hole-score';
import { uuidFrom } from '../ids';
import { roundStream } from '../tags';
import { type HoleScoredData, roundEventTypes } from './events';
import { confirmsRound, sameHole, storedHole } from './hole-compare';
import { projectRoundEvent } from './project';
import type { Actor } from './start';

export interface ScoreResult {
  score: HoleScore;
  position: number;
  /** Seq of the event that set the hole (for a retry: of the stored write, as answered the first time). */
  seq: number;
  /** False when this request changed nothing: the hole already had these values, or it is a retry. */
  changed: boolean;
  /** True when this event id was already stored: a retry, answered with the stored write. */
  duplicate: boolean;
}

/** Thrown from inside the append to roll it back: the hole already has these values. */
class Unchanged extends Error {
  constructor(readonly seq: number) {
    super('the hole already has these values');
  }
}

/**
 * Compares with the hole as stored from inside the append, under the stream's lock, so two racing
 * writes are never both judged against the same stale read.
 */
function projectHole(roundId: string, keyed: boolean, outcome: { changed: boolean }): Projector {
  return async (tx, event) => {
    const d = event.data as HoleScoredData;
    const stored = await storedHole(tx, roundId, d.position, d.hole);
    outcome.changed = !stored || !sameHole(stored.score, d);
    if (stored && !outcome.changed && !keyed && !(await confirmsRound(tx, roundId, event))) throw new Unchanged(stored.seq);
    return projectRoundEvent(tx, event);
  };
}

export async function scoreHole(
  db: Db,
  actor: Actor,
  roundId: string,
  position: number,
  score: HoleScore,
  opts: { eventId?: string } = {},
): Promise<ScoreResult> {
  const data: HoleScoredData = { position, ...score };
  const outcome = { changed: true };
  let stored: StoredEvent<HoleScoredData>;
  let duplicate: boolean;
  try {
    ({ event: stored, duplicate } = await appendEvent(
      db,
      roundStream(roundId),
      { id: opts.eventId, type: roundEventTypes.holeScored, data, actorId: actor.userId, requestId: actor.requestId ?? null },
      { project: projectHole(roundId, opts.eventId !== undefined, outcome) },
    ));
  } catch (err) {
    if (err instanceof Unchanged) return { score, position, seq: err.seq, changed: false, duplicate: false };
    throw err;
  }
  // A group of an event: its live leaderboard hears of the hole (a retry re-mirrors, harmlessly).
  await mirrorToEvent(db, stored);
  const { position: saved, ...hole } = stored.data;
  return { score: hole, position: saved, seq: stored.seq, changed: !duplicate && outcome.changed, duplicate };
}

export async function finishRound(db: Db, actor: Actor, roundId: string): Promise<{ event: StoredEvent; duplicate: boolean }> {
  const finished = await appendEvent(
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
  await mirrorToEvent(db, finished.event);
  return finished;
}
