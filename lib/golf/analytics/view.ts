// JSON shapes of a golfer's analytics and achievements.
import { z } from 'zod';
import { achievementKinds } from './achievements';

const int = z.number().int();
const fraction = z.number().nullable().describe('0-1; null when nothing was eligible');

const roundLine = z.object({
  round_id: z.uuid(),
  date: z.iso.date(),
  course: z.object({ id: int, name: z.string() }),
  holes_played: int,
  complete: z.boolean(),
  gross: int,
  to_par: int,
  putts: int.nullable(),
  fairway_pct: fraction,
  green_pct: fraction,
  penalties: int,
});

export const analyticsView = z.object({
  user_id: z.uuid(),
  updated_at: z.iso
    .datetime()
    .nullable()
    .describe('When the figures last changed: a recompute that leaves them as they were leaves it alone'),
  rounds: int,
  complete_rounds: int,
  scoring_average: z.number().nullable().describe('Mean gross of complete 18-hole rounds'),
  best_round: roundLine.nullable(),
  average_by_par: z.object({ par3: z.number().nullable(), par4: z.number().nullable(), par5: z.number().nullable() }),
  distribution: z.object({ eagle_or_better: int, birdie: int, par: int, bogey: int, double: int, triple_plus: int }),
  recent: z.object({
    fairway_pct: fraction,
    green_pct: fraction,
    putts_per_round: z.number().nullable(),
    rounds: z.array(roundLine).describe('The last 20 finished rounds, oldest first'),
  }),
  courses: z.array(
    z.object({
      course: z.object({ id: int, name: z.string() }),
      rounds: int,
      complete_rounds: int,
      best_gross: int.nullable(),
      best_round_id: z.uuid().nullable(),
      average_gross: z.number().nullable(),
      last_played: z.iso.date(),
      history: z.array(roundLine).describe('Newest first'),
    }),
  ),
});
export type AnalyticsView = z.infer<typeof analyticsView>;

export const achievementView = z.object({
  id: z.uuid(),
  seq: int,
  kind: z.enum(achievementKinds),
  round_id: z.uuid(),
  course: z.object({ id: int, name: z.string() }),
  date: z.iso.date(),
  gross: int.nullable(),
  previous: int.nullable().describe('The record beaten, for personal bests'),
  created_at: z.iso.datetime(),
});
