// The live-game events a scorer logs, as zod schemas: one strict data schema per type, the
// `{type, ...data}` union, and the HTTP body that adds the idempotency id and optimistic seq.
import { z } from 'zod';

const id = z.int().positive();
const period = z.int().positive().max(20);
/** Shot location on a half court, normalised to 0..1: x across the court from the left sideline
 * (facing the basket), y out from the baseline (0) to the half-court line (1). */
const courtFraction = z.number().min(0).max(1);

export const foulKind = z.enum(['personal', 'shooting', 'offensive', 'technical', 'flagrant']);
export type FoulKind = z.infer<typeof foulKind>;

export const eventDataSchemas = {
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
  }),
  free_throw: z.strictObject({ team_id: id, player_id: id, made: z.boolean() }),
  /** player_id null: a team rebound. */
  rebound: z.strictObject({ team_id: id, player_id: id.nullable(), offensive: z.boolean() }),
  /** player_id null: a team turnover (shot clock, eight seconds...). */
  turnover: z.strictObject({ team_id: id, player_id: id.nullable(), steal_player_id: id.optional() }),
  /** player_id null: a bench or coach foul, counted for the team only. */
  foul: z.strictObject({ team_id: id, player_id: id.nullable(), kind: foulKind }),
  substitution: z.strictObject({ team_id: id, player_in_id: id, player_out_id: id }),
  starters: z.strictObject({
    team_id: id,
    player_ids: z
      .array(id)
      .length(5)
      .refine((ids) => new Set(ids).size === ids.length, 'must be 5 different players'),
  }),
  timeout: z.strictObject({ team_id: id }),
  jump_ball: z.strictObject({ winner_team_id: id }),
  /** Voids the event logged as `seq`; events are never edited or deleted. */
  undo: z.strictObject({ seq: z.int().positive() }),
} as const;

type Schemas = typeof eventDataSchemas;
export type LiveEventType = keyof Schemas;
export type LiveEventData<T extends LiveEventType = LiveEventType> = z.infer<Schemas[T]>;
/** An event as the reducer sees it: the type column and the data jsonb. */
export type LiveEvent = { [T in LiveEventType]: { type: T; data: LiveEventData<T> } }[LiveEventType];
/** An event read back from the log, where the store gave it its place in the stream. */
export type LoggedEvent = LiveEvent & { seq: number };
export type LoggedPlay = Exclude<LoggedEvent, { type: 'undo' }>;

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
    tagged('undo', extra),
  ]);
}

/** `{ type, ...data }`: one event's data with its type beside it. */
export const liveEventData = unionWith({});
/** The body a scorer POSTs: the event plus its idempotency id and, optionally, the seq it expects to follow. */
export const liveEventBody = unionWith(envelope);
export type LiveEventBody = z.infer<typeof liveEventBody>;

/** Splits a parsed body into what the event store keeps apart: id, expected seq, type and data. */
export function splitBody(body: LiveEventBody): { id: string; expectedSeq: number | undefined } & LiveEvent {
  const { id: eventId, expected_seq, expectedSeq, type, ...data } = body;
  return { id: eventId, expectedSeq: expected_seq ?? expectedSeq, type, data } as {
    id: string;
    expectedSeq: number | undefined;
  } & LiveEvent;
}
