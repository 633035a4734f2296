// A start retried with the round's id must be the same start: answering the stored round to a
// different request would tell the client its course, tee, date or group were accepted when they
// were not. Handicaps are left out of the comparison: the server fixes them, the client never sends them.
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { findEvent } from '@/lib/events/queries';
import type { Gender } from '../courses/course';
import { roundStream } from '../tags';
import { type RoundStartedData, roundEventTypes, roundStartedData } from './events';
import type { StartRoundInput } from './start-input';

interface WantedPlayer {
  user_id: string | null;
  gender: Gender;
  name?: string;
  handicap_index?: number | null;
}

/** The players a start asks for, in the positions startRound gives them. */
export function requestedPlayers(callerId: string, input: StartRoundInput): WantedPlayer[] {
  const accounts = [...(input.caller_plays ? [{ user_id: callerId, gender: input.gender }] : []), ...input.players];
  return [
    ...accounts.map((a) => ({ user_id: a.user_id, gender: a.gender ?? 'men' })),
    ...input.guests.map((g) => ({
      user_id: null,
      gender: g.gender ?? 'men',
      name: g.name,
      handicap_index: g.handicap_index ?? null,
    })),
  ];
}

const samePlayer = (stored: RoundStartedData['players'][number], wanted: WantedPlayer) =>
  stored.user_id === wanted.user_id &&
  stored.gender === wanted.gender &&
  (wanted.user_id !== null || (stored.name === wanted.name && stored.handicap_index === wanted.handicap_index));

/** The fields where a retried start differs from the stored one (empty: the same start). */
export function startDifferences(stored: RoundStartedData, callerId: string, input: StartRoundInput): string[] {
  const wanted = requestedPlayers(callerId, input);
  const out: string[] = [];
  if (stored.course_id !== input.course_id) out.push('course_id');
  if (stored.tee_id !== input.tee_id) out.push('tee_id');
  if (stored.date !== input.date) out.push('date');
  if (stored.format !== input.format) out.push('format');
  if (stored.players.length !== wanted.length || stored.players.some((p, i) => !samePlayer(p, wanted[i] as WantedPlayer)))
    out.push('players');
  return out;
}

/**
 * The stored RoundStarted of `roundId`, or null when the id is unused. Throws an event_id_conflict
 * DomainError when the id is taken by another event or by a start that differs from `input`.
 */
export async function storedStart(db: Db, roundId: string, callerId: string, input: StartRoundInput) {
  const row = await findEvent(db, roundId);
  if (!row) return null;
  const parsed = roundStartedData.safeParse(row.data);
  if (row.type !== roundEventTypes.started || row.stream !== roundStream(roundId) || !parsed.success) {
    throw new DomainError('event_id_conflict', `id ${roundId} is already used by another event: choose a new id for a new round`);
  }
  const diff = startDifferences(parsed.data, callerId, input);
  if (diff.length) {
    throw new DomainError(
      'event_id_conflict',
      `round ${roundId} was already started with a different ${diff.join(', ')}: a retry must repeat the first request, a new round needs a new id`,
    );
  }
  return parsed.data;
}
