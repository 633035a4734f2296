// The live-game events a scorer logs, as zod schemas: one strict data schema per type, the
// `{type, ...data}` union, and the HTTP body that adds the idempotency id and optimistic seq.
import { z } from 'zod';

const id = z.int().positive();
const period = z.int().positive().max(20);
/** Shot location on a half court, normalised to 0..1: x across the court from the left sideline
 * (facing the basket), y out from the baseline (0) to the half-court line (1). */
const courtFraction = z.number().min(0).max(1);

/** The game clock at a moment: the period and the time left in it, in milliseconds. */
export const clockStamp = z.strictObject({
  period,
  remaining_ms: z
    .int()
    .min(0)
    .max(60 * 60_000),
});
export type ClockStamp = z.infer<typeof clockStamp>;
/** Optional on every play: the scorer's clock reading; without it the game clock's state stamps the play. */
const clock = { clock: clockStamp.optional() };

export const foulKind = z.enum(['personal', 'shooting', 'offensive', 'technical', 'flagrant']);
export type FoulKind = z.infer<typeof foulKind>;

const playDataSchemas = {
  period_start: z.strictObject({ period }),
  period_end: z.strictObject({ period }),
  game_end: z.strictObject({}),
  field_goal: z.strictObject({
    team_id: id,
    player_id: id,
    points: z.union([z.literal(2), z.literal(3)]),
    made: z.boolean(),
    x: courtFraction.optional(),
    y: courtFraction.optional(),
    assist_player_id: id.optional(),
    block_player_id: id.optional(),
    ...clock,
  }),
  free_throw: z.strictObject({ team_id: id, player_id: id, made: z.boolean(), ...clock }),
  /** player_id null: a team rebound. */
  rebound: z.strictObject({ team_id: id, player_id: id.nullable(), offensive: z.boolean(), ...clock }),
  /** player_id null: a team turnover (shot clock, eight seconds...). */
  turnover: z.strictObject({ team_id: id, player_id: id.nullable(), steal_player_id: id.optional(), ...clock }),
  /** player_id null: a bench or coach foul, counted for the team only. */
  foul: z.strictObject({ team_id: id, player_id: id.nullable(), kind: foulKind, ...clock }),
  substitution: z.strictObject({ team_id: id, player_in_id: id, player_out_id: id, ...clock }),
  starters: z.strictObject({
    team_id: id,
    player_ids: z
      .array(id)
      .length(5)
      .refine((ids) => new Set(ids).size === ids.length, 'must be 5 different players'),
    ...clock,
  }),
  timeout: z.strictObject({ team_id: id, ...clock }),
  jump_ball: z.strictObject({ winner_team_id: id, ...clock }),
  /** The game clock runs from the time the server logged this event. */
  clock_started: z.strictObject({}),
  /** `remaining_ms`: what the scorer's clock showed when stopped; without it, what the running clock says. */
  clock_stopped: z.strictObject({ remaining_ms: clockStamp.shape.remaining_ms.optional() }),
  /** Adjusts the clock (running or not) to `remaining_ms`; `period`, when given, must be the current one. */
  clock_set: z.strictObject({ period: period.optional(), remaining_ms: clockStamp.shape.remaining_ms }),
} as const;

type PlayType = keyof typeof playDataSchemas;
const playTypes = Object.keys(playDataSchemas) as PlayType[];
/** A play as `{ type, ...data }`: what a correction puts in the place of the play it corrects. */
export const playData = z.discriminatedUnion('type', [
  playDataSchemas.period_start.extend({ type: z.literal('period_start') }),
  playDataSchemas.period_end.extend({ type: z.literal('period_end') }),
  playDataSchemas.game_end.extend({ type: z.literal('game_end') }),
  playDataSchemas.field_goal.extend({ type: z.literal('field_goal') }),
  playDataSchemas.free_throw.extend({ type: z.literal('free_throw') }),
  playDataSchemas.rebound.extend({ type: z.literal('rebound') }),
  playDataSchemas.turnover.extend({ type: z.literal('turnover') }),
  playDataSchemas.foul.extend({ type: z.literal('foul') }),
  playDataSchemas.substitution.extend({ type: z.literal('substitution') }),
  playDataSchemas.starters.extend({ type: z.literal('starters') }),
  playDataSchemas.timeout.extend({ type: z.literal('timeout') }),
  playDataSchemas.jump_ball.extend({ type: z.literal('jump_ball') }),
  playDataSchemas.clock_started.extend({ type: z.literal('clock_started') }),
  playDataSchemas.clock_stopped.extend({ type: z.literal('clock_stopped') }),
  playDataSchemas.clock_set.extend({ type: z.literal('clock_set') }),
]);

export const eventDataSchemas = {
  ...playDataSchemas,
  /** Voids the event logged as `seq`; events are never edited or deleted. */
  undo: z.strictObject({ seq: z.int().positive() }),
  /** Puts `replacement` in the place of the play logged as `seq`: the log keeps both. */
  play_corrected: z.strictObject({ seq: z.int().positive(), replacement: playData }),
} as const;

type Schemas = typeof eventDataSchemas;
export type LiveEventType = keyof Schemas;
export type LiveEventData<T extends LiveEventType = LiveEventType> = z.infer<Schemas[T]>;
/** An event as the reducer sees it: the type column and the data jsonb. */
export type LiveEvent = { [T in LiveEventType]: { type: T; data: LiveEventData<T> } }[LiveEventType];
/** An event read back from the log, where the store gave it its place in the stream. */
export type LoggedEvent = LiveEvent & { seq: number; at?: number };
/** An event as the reducer sees it once corrections are in place: `at` is when the server logged it (epoch ms). */
export type LoggedPlay = Exclude<LoggedEvent, { type: 'undo' | 'play_corrected' }>;
export type PlayEventType = PlayType;
export const playEventTypes = playTypes;

export const liveEventTypes = Object.keys(eventDataSchemas) as LiveEventType[];

const expectedSeq = z.int().min(0).optional();
const envelope = {
  id: z.uuid(),
  expected_seq: expectedSeq.describe('The seq of the last event the scorer has seen (0 for a new game)'),
  // The event store's own spelling, kept for clients written against it; the API's is snake_case.
  expectedSeq: expectedSeq.meta({ deprecated: true, description: 'Alias of `expected_seq`' }),
};

// Spelled out per type so the union keeps each member's exact type for inference.
const tagged = <T extends LiveEventType, S extends z.ZodRawShape>(type: T, extra: S) =>
  eventDataSchemas[type].extend({ type: z.literal(type), ...extra });

function unionWith<S extends z.ZodRawShape>(extra: S) {
  return z.discriminatedUnion('type', [
    tagged('period_start', extra),
    tagged('period_end', extra),
    tagged('game_end', extra),
    tagged('field_goal', extra),
    tagged('free_throw', extra),
    tagged('rebound', extra),
    tagged('turnover', extra),
    tagged('foul', extra),
    tagged('substitution', extra),
    tagged('starters', extra),
    tagged('timeout', extra),
    tagged('jump_ball', extra),
    tagged('clock_started', extra),
    tagged('clock_stopped', extra),
    tagged('clock_set', extra),
    tagged('undo', extra),
    tagged('play_corrected', extra),
  ]);
}

/** `{ type, ...data }`: one event's data with its type beside it. */
export const liveEventData = unionWith({});
/** The body a scorer POSTs: the event plus its idempotency id and, optionally, the seq it expects to follow. */
export const liveEventBody = unionWith(envelope);
export type LiveEventBody = z.infer<typeof liveEventBody>;

const envelopeOf = { id: envelope.id, expected_seq: envelope.expected_seq };
/** The body that corrects a logged play: the play to stand in its place, as it would have been entered. */
export const correctionBody = z.strictObject({ ...envelopeOf, replacement: playData });
/** The body that deletes a logged play (an undo of it): both fields are optional. */
export const deletionBody = z.strictObject({ id: envelope.id.optional(), expected_seq: envelope.expected_seq }).optional();

/** Splits a parsed body into what the event store keeps apart: id, expected seq, type and data. */
export function splitBody(body: LiveEventBody): { id: string; expectedSeq: number | undefined } & LiveEvent {
  const { id: eventId, expected_seq, expectedSeq, type, ...data } = body;
  return { id: eventId, expectedSeq: expected_seq ?? expectedSeq, type, data } as {
    id: string;
    expectedSeq: number | undefined;
  } & LiveEvent;
}
