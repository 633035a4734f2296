// Writing an event: creating it, entering its field, and grouping entrants per round. A group is a
// golf round started through the round machinery (its log is the record of its scores); the group
// and its players are then written with the event's own stream event, in one append.
import { and, eq, inArray } from 'drizzle-orm';
import { golfEventEntries, golfEventGroupEntries, golfEventGroups, golfEvents, users } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { appendEvent } from '@/lib/events/store';
import { findTee, teeFromRow } from '../courses/queries';
import { handicapAllowances, playingHandicap } from '../handicap';
import type { RoundFormat } from '../rounds/events';
import { type Actor, startRound } from '../rounds/start';
import { exactCourseHandicapFor } from '../rounds/tee-handicap';
import {
  type EntryAddedData,
  type EventUpdatedData,
  type GroupCreatedData,
  golfEventStream,
  golfEventTypes,
} from './stream-events';

export interface CreateEventInput {
  name: string;
  league_id?: number | null;
  course_id: number;
  tee_id: number;
  start_date: string;
  format: RoundFormat;
  allowance?: number;
  rounds: number;
  cut?: { after_round: number; top: number } | null;
  scorer_ids: string[];
}

const defaultAllowance: Record<RoundFormat, number> = {
  stroke_play: handicapAllowances.individual_stroke_play,
  stableford: handicapAllowances.individual_stableford,
  match_play: handicapAllowances.individual_match_play,
};

export async function createEvent(db: Db, actor: Actor, input: CreateEventInput): Promise<number> {
  const found = await findTee(db, input.tee_id);
  if (!found || found.course.id !== input.course_id)
    throw new DomainError('rule_violation', `tee ${input.tee_id} is not a tee of course ${input.course_id}`);
  if (input.cut && input.cut.after_round >= input.rounds)
    throw new DomainError('rule_violation', `the cut must come after a round before the last (${input.rounds})`);
  await requireAccounts(db, input.scorer_ids);
  const [row] = await db
    .insert(golfEvents)
    .values({
      name: input.name,
      leagueId: input.league_id ?? null,
      courseId: input.course_id,
      teeId: input.tee_id,
      startDate: input.start_date,
      format: input.format,
      allowance: input.allowance ?? defaultAllowance[input.format],
      rounds: input.rounds,
      cutAfterRound: input.cut?.after_round ?? null,
      cutTop: input.cut?.top ?? null,
      scorerIds: input.scorer_ids,
      createdBy: actor.userId,
    })
    .returning({ id: golfEvents.id });
  if (!row) throw new Error('insert returned no row');
  await appendEvent(db, golfEventStream(row.id), {
    type: golfEventTypes.created,
    data: { event_id: row.id, name: input.name },
    actorId: actor.userId,
    requestId: actor.requestId ?? null,
  });
  return row.id;
}

export interface UpdateEventInput {
  name?: string;
  start_date?: string;
  allowance?: number;
  cut?: { after_round: number; top: number } | null;
  scorer_ids?: string[];
}

export async function updateEvent(db: Db, actor: Actor, eventId: number, input: UpdateEventInput): Promise<void> {
  const [event] = await db.select().from(golfEvents).where(eq(golfEvents.id, eventId));
  if (!event) throw new DomainError('not_found', `No golf event ${eventId}.`);
  if (input.cut && input.cut.after_round >= event.rounds)
    throw new DomainError('rule_violation', `the cut must come after a round before the last (${event.rounds})`);
  if (input.allowance !== undefined && input.allowance !== event.allowance) {
    const [group] = await db
      .select({ id: golfEventGroups.id })
      .from(golfEventGroups)
      .where(eq(golfEventGroups.eventId, eventId))
      .limit(1);
    if (group)
      throw new DomainError('rule_violation', "the allowance is fixed once a group is made: its players' handicaps are set");
  }
  if (input.scorer_ids) await requireAccounts(db, input.scorer_ids);
  const cut =
    input.cut === undefined
      ? event.cutAfterRound === null || event.cutTop === null
        ? null
        : { after_round: event.cutAfterRound, top: event.cutTop }
      : input.cut;
  const name = input.name ?? event.name;
  await appendEvent(
    db,
    golfEventStream(eventId),
    {
      type: golfEventTypes.updated,
      data: { name, cut } satisfies EventUpdatedData,
      actorId: actor.userId,
      requestId: actor.requestId ?? null,
    },
    {
      project: async (tx) => {
        await tx
          .update(golfEvents)
          .set({
            name,
            ...(input.start_date ? { startDate: input.start_date } : {}),
            ...(input.allowance !== undefined ? { allowance: input.allowance } : {}),
            ...(input.scorer_ids ? { scorerIds: input.scorer_ids } : {}),
            cutAfterRound: cut?.after_round ?? null,
            cutTop: cut?.top ?? null,
          })
          .where(eq(golfEvents.id, eventId));
      },
    },
  );
}

async function requireAccounts(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  const unknown = ids.filter((id) => !rows.some((r) => r.id === id));
  if (unknown.length) throw new DomainError('rule_violation', `no account with id ${unknown.join(', ')}`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type EntrantInput =
  | { user_id: string; gender?: 'men' | 'women'; handicap_index?: number | null }
  | { name: string; gender?: 'men' | 'women'; handicap_index?: number | null };

export async function addEntries(db: Db, actor: Actor, eventId: number, entrants: EntrantInput[]) {
  const accountIds = entrants.flatMap((e) => ('user_id' in e ? [e.user_id] : []));
  if (new Set(accountIds).size !== accountIds.length) throw new DomainError('rule_violation', 'an account is entered twice');
  const names = await requireAccounts(db, accountIds);
  if (accountIds.length) {
    const already = await db
      .select({ userId: golfEventEntries.userId })
      .from(golfEventEntries)
      .where(and(eq(golfEventEntries.eventId, eventId), inArray(golfEventEntries.userId, accountIds)));
    if (already.length) throw new DomainError('rule_violation', `already entered: ${already.map((a) => a.userId).join(', ')}`);
  }
  const rows = await db
    .insert(golfEventEntries)
    .values(
      entrants.map((e) => ({
        eventId,
        userId: 'user_id' in e ? e.user_id : null,
        name: 'user_id' in e ? (names.get(e.user_id) ?? '') : e.name,
        gender: e.gender ?? 'men',
        handicapIndex: e.handicap_index ?? null,
      })),
    )
    .returning();
  const data: { entries: EntryAddedData[] } = {
    entries: rows.map((r) => ({ entry_id: r.id, name: r.name, user_id: r.userId })),
  };
  await appendEvent(db, golfEventStream(eventId), {
    type: golfEventTypes.entryAdded,
    data,
    actorId: actor.userId,
    requestId: actor.requestId ?? null,
  });
  return rows;
}

export interface GroupInput {
  round_number: number;
  tee_time?: string | null;
  starting_hole: number;
  entry_ids: number[];
}

export async function createGroup(db: Db, actor: Actor, eventId: number, input: GroupInput) {
  const [event] = await db.select().from(golfEvents).where(eq(golfEvents.id, eventId));
  if (!event) throw new DomainError('not_found', `No golf event ${eventId}.`);
  if (input.round_number > event.rounds)
    throw new DomainError('rule_violation', `the event has ${event.rounds} round(s), not ${input.round_number}`);
  if (new Set(input.entry_ids).size !== input.entry_ids.length)
    throw new DomainError('rule_violation', 'an entrant is listed twice');
  const entries = await db
    .select()
    .from(golfEventEntries)
    .where(and(eq(golfEventEntries.eventId, eventId), inArray(golfEventEntries.id, input.entry_ids)));
  const missing = input.entry_ids.filter((id) => !entries.some((e) => e.id === id));
  if (missing.length) throw new DomainError('rule_violation', `not entered in this event: ${missing.join(', ')}`);
  const grouped = await db
    .select({ entryId: golfEventGroupEntries.entryId })
    .from(golfEventGroupEntries)
    .where(
      and(
        eq(golfEventGroupEntries.eventId, eventId),
        eq(golfEventGroupEntries.roundNumber, input.round_number),
        inArray(golfEventGroupEntries.entryId, input.entry_ids),
      ),
    );
  if (grouped.length)
    throw new DomainError(
      'rule_violation',
      `already in a group of round ${input.round_number}: ${grouped.map((g) => g.entryId).join(', ')}`,
    );
  const found = await findTee(db, event.teeId);
  if (!found) throw new Error(`event ${eventId} has no tee`);
  const tee = teeFromRow(found.tee);

  // The round machinery places accounts first, then guests: the group's positions follow it.
  const ordered = input.entry_ids.map((id) => entries.find((e) => e.id === id) as (typeof entries)[number]);
  const placed = [...ordered.filter((e) => e.userId), ...ordered.filter((e) => !e.userId)];
  const date = (input.tee_time ?? addDays(event.startDate, input.round_number - 1)).slice(0, 10);
  const { roundId } = await startRound(db, actor, {
    course_id: event.courseId,
    tee_id: event.teeId,
    date,
    format: event.format as RoundFormat,
    caller_plays: false,
    players: placed.flatMap((e) => (e.userId ? [{ user_id: e.userId, gender: e.gender as 'men' | 'women' }] : [])),
    guests: placed.flatMap((e) =>
      e.userId
        ? []
        : [
            {
              name: e.name,
              gender: e.gender as 'men' | 'women',
              ...(e.handicapIndex === null ? {} : { handicap_index: e.handicapIndex }),
            },
          ],
    ),
  });
  const players = placed.map((e, i) => {
    const exact = exactCourseHandicapFor(tee, e.gender as 'men' | 'women', e.handicapIndex);
    return { entry_id: e.id, position: i + 1, playing_handicap: exact === null ? null : playingHandicap(exact, event.allowance) };
  });
  let groupId = 0;
  await appendEvent(
    db,
    golfEventStream(eventId),
    {
      type: golfEventTypes.groupCreated,
      data: { round_number: input.round_number, round_id: roundId, players } satisfies GroupCreatedData,
      actorId: actor.userId,
      requestId: actor.requestId ?? null,
    },
    {
      project: async (tx) => {
        const [g] = await tx
          .insert(golfEventGroups)
          .values({
            eventId,
            roundNumber: input.round_number,
            teeTime: input.tee_time ? new Date(input.tee_time) : null,
            startingHole: input.starting_hole,
            roundId,
          })
          .returning({ id: golfEventGroups.id });
        groupId = g?.id ?? 0;
        await tx.insert(golfEventGroupEntries).values(
          players.map((p) => ({
            groupId,
            eventId,
            roundNumber: input.round_number,
            entryId: p.entry_id,
            position: p.position,
            playingHandicap: p.playing_handicap,
          })),
        );
      },
    },
  );
  return { groupId, roundId };
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}
