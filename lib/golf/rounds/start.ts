// Starting a round: check the course, tee and players, fix each player's handicap for the day, and
// append RoundStarted (its id is the round's id, so a retried start is recognised, not doubled).
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { users } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { appendEvent } from '@/lib/events/store';
import type { Gender } from '../course';
import { findTee, teeFromRow } from '../db/courses';
import { GolfInputError } from '../errors';
import { roundStream } from '../tags';
import { type RoundFormat, type RoundPlayerData, type RoundStartedData, roundEventTypes } from './events';
import { courseHandicapFor, handicapIndexOn } from './handicap-record';
import { findRound } from './load';
import { projectRoundEvent } from './project';

export interface Actor {
  userId: string;
  requestId?: string;
}

export interface StartRoundInput {
  /** The round's id, chosen by the client so a retry over a flaky connection is idempotent. */
  id?: string;
  course_id: number;
  tee_id: number;
  date: string;
  format: RoundFormat;
  /** Does the caller play (an admin may score a group without playing)? */
  caller_plays: boolean;
  gender?: Gender;
  players: { user_id: string; gender?: Gender }[];
  guests: { name: string; gender?: Gender; handicap_index?: number }[];
}

export async function startRound(db: Db, actor: Actor, input: StartRoundInput): Promise<{ roundId: string; duplicate: boolean }> {
  const roundId = input.id ?? randomUUID();
  if (input.id && (await findRound(db, input.id))) return { roundId, duplicate: true };

  const found = await findTee(db, input.tee_id);
  if (!found || found.course.id !== input.course_id) {
    throw new GolfInputError(`tee ${input.tee_id} is not a tee of course ${input.course_id}`);
  }
  const tee = teeFromRow(found.tee);
  const accounts = [...(input.caller_plays ? [{ user_id: actor.userId, gender: input.gender }] : []), ...input.players];
  const ids = accounts.map((a) => a.user_id);
  if (new Set(ids).size !== ids.length) throw new GolfInputError('a player is listed twice');
  const count = accounts.length + input.guests.length;
  if (count < 1 || count > 4) throw new GolfInputError(`a round has 1 to 4 players, not ${count}`);
  const names = new Map(
    ids.length
      ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name])
      : [],
  );
  const unknown = ids.filter((id) => !names.has(id));
  if (unknown.length) throw new GolfInputError(`no golfer with id ${unknown.join(', ')}`);

  const players: RoundPlayerData[] = [];
  for (const a of accounts) {
    const gender = a.gender ?? 'men';
    const index = await handicapIndexOn(db, a.user_id, input.date);
    players.push({
      position: players.length + 1,
      user_id: a.user_id,
      name: names.get(a.user_id) ?? '',
      gender,
      handicap_index: index,
      course_handicap: courseHandicapFor(tee, gender, index),
    });
  }
  for (const g of input.guests) {
    const gender = g.gender ?? 'men';
    const index = g.handicap_index ?? null;
    players.push({
      position: players.length + 1,
      user_id: null,
      name: g.name,
      gender,
      handicap_index: index,
      course_handicap: courseHandicapFor(tee, gender, index),
    });
  }
  const data: RoundStartedData = {
    round_id: roundId,
    course_id: input.course_id,
    tee_id: input.tee_id,
    date: input.date,
    format: input.format,
    par: tee.par,
    players,
  };
  const { duplicate } = await appendEvent(
    db,
    roundStream(roundId),
    { id: roundId, type: roundEventTypes.started, data, actorId: actor.userId, requestId: actor.requestId ?? null },
    { expectedSeq: 0, project: projectRoundEvent },
  );
  return { roundId, duplicate };
}
