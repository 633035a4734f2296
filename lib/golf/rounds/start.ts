// Starting a round: check the course, tee and players, fix each player's handicap for the day, and
// append RoundStarted (its id is the round's id, so a retried start is recognised, not doubled; a
// "retry" that asks for something else is refused, see start-retry.ts). Added accounts must be
// golfers; their scores reach their handicap record only once they confirm (see posting.ts).
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { users } from '@/drizzle/schema';
import { can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { appendEvent } from '@/lib/events/store';
import { findTee, teeFromRow } from '../courses/queries';
import { roundStream } from '../tags';
import { type RoundPlayerData, type RoundStartedData, roundEventTypes } from './events';
import { handicapIndexOn } from './handicap-record';
import { projectRoundEvent } from './project';
import type { StartRoundInput } from './start-input';
import { storedStart } from './start-retry';
import { courseHandicapFor } from './tee-handicap';

export type { StartRoundInput } from './start-input';

export interface Actor {
  userId: string;
  requestId?: string;
}

export async function startRound(db: Db, actor: Actor, input: StartRoundInput): Promise<{ roundId: string; duplicate: boolean }> {
  const roundId = input.id ?? randomUUID();
  if (input.id && (await storedStart(db, input.id, actor.userId, input))) return { roundId, duplicate: true };

  const found = await findTee(db, input.tee_id);
  if (!found || found.course.id !== input.course_id) {
    throw new DomainError('rule_violation', `tee ${input.tee_id} is not a tee of course ${input.course_id}`);
  }
  const tee = teeFromRow(found.tee);
  const accounts = [...(input.caller_plays ? [{ user_id: actor.userId, gender: input.gender }] : []), ...input.players];
  const ids = accounts.map((a) => a.user_id);
  if (new Set(ids).size !== ids.length) throw new DomainError('rule_violation', 'a player is listed twice');
  const count = accounts.length + input.guests.length;
  if (count < 1 || count > 4) throw new DomainError('rule_violation', `a round has 1 to 4 players, not ${count}`);
  const names = await golferNames(db, ids);

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

/** The names of the accounts to put in a round, checking that each exists and may play. */
async function golferNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(inArray(users.id, ids));
  const unknown = ids.filter((id) => !rows.some((u) => u.id === id));
  if (unknown.length) throw new DomainError('rule_violation', `no golfer with id ${unknown.join(', ')}`);
  // A round goes on its players' records, so an account whose role may not enter rounds (a fan) cannot be put in one.
  const notGolfers = rows.filter((u) => !can(u.role, 'golf-round:edit')).map((u) => u.id);
  if (notGolfers.length) {
    throw new DomainError(
      'rule_violation',
      `account ${notGolfers.join(', ')} may not play golf rounds: its role cannot enter them`,
    );
  }
  return new Map(rows.map((u) => [u.id, u.name]));
}
