import { z } from 'zod';

/** `sport-thing:id`, e.g. basketball-game:42 or golf-round:7. */
export const streamName = z
  .string()
  .max(200)
  .regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9_-]+$/, 'must look like "kind:id", e.g. "basketball-game:42"');

export const eventType = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_.-]*$/, 'must be lower-case, e.g. "shot.made"');

export const newEvent = z.object({
  id: z.uuid().optional(),
  type: eventType,
  data: z.unknown().refine((v) => v !== undefined, 'is required'),
  actorId: z.uuid().nullish(),
  requestId: z.string().max(200).nullish(),
});
export type NewEvent<T = unknown> = Omit<z.infer<typeof newEvent>, 'data'> & { data: T };

export interface StoredEvent<T = unknown> {
  id: string;
  stream: string;
  seq: number;
  type: string;
  data: T;
  actorId: string | null;
  requestId: string | null;
  position: number;
  createdAt: string;
}
