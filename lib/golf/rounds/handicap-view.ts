// JSON shapes of the handicap report (index, audit trail, unposted rounds) and of the what-if.
import { z } from 'zod';

const int = z.number().int();
const capStep = z.object({ kind: z.enum(['soft_cap', 'hard_cap', 'maximum']), before: z.number(), after: z.number() });

export const handicapView = z.object({
  user_id: z.uuid(),
  index: z.number().nullable().describe('Handicap Index; null until the record holds three 18-hole differentials'),
  low_index: z.number().nullable().describe('Lowest index of the 365 days before the latest score (once 20 scores exist)'),
  calculation: z
    .object({ value: z.number(), average: z.number(), count: int, adjustment: z.number() })
    .nullable()
    .describe('The lowest `count` differentials of the most recent 20, averaged, plus the adjustment for short records'),
  caps: z.array(capStep).describe('Soft cap, hard cap and the 54.0 maximum, in the order applied'),
  pending_nine: z
    .object({ date: z.iso.date(), course: z.string(), ags: int, differential: z.number(), source: int })
    .nullable()
    .describe('A 9-hole score of a golfer with no index yet, waiting for a second nine'),
  record: z
    .array(
      z.object({
        date: z.iso.date(),
        course: z.string(),
        tee: z.string().nullable().describe('Two combined nines on different tees show both, joined by " + "'),
        round_ids: z.array(z.uuid()),
        kind: z.enum(['eighteen', 'nine_expected', 'nine_combined']),
        gross: int,
        ags: int,
        course_rating: z.number().nullable().describe('For two combined nines, the sum of their ratings (Rule 5.1b)'),
        slope: int.nullable().describe('For two combined nines, the average of their slopes, rounded'),
        differential: z.number(),
        adjusted_differential: z.number().describe('After Exceptional Score Reductions: the value averaged'),
        adjustments: z.array(z.object({ amount: int, date: z.iso.date(), course: z.string() })),
        in_window: z.boolean().describe('One of the most recent 20'),
        counted: z.boolean().describe('Among the differentials averaged into the current index'),
        index_before: z.number().nullable(),
        nine: z.object({ differentials: z.array(z.number()), expected: z.number().nullable() }).optional(),
      }),
    )
    .describe('Every score in the record, oldest first'),
  not_posted: z
    .array(z.object({ round_id: z.uuid(), date: z.iso.date(), course: z.string(), reason: z.string() }))
    .describe('Finished rounds that are not in the record, and why (e.g. an unrated tee)'),
});

export const whatIfView = z.object({
  score: int.describe('Taken as the adjusted gross score: a total has no holes to cap at Net Double Bogey'),
  course: z.object({ id: int, name: z.string() }),
  tee: z.object({ id: int, name: z.string() }),
  gender: z.enum(['men', 'women']),
  current: z.number().nullable(),
  next: z.number().nullable(),
  change: z.number().nullable(),
  course_handicap: int.nullable().describe('Course Handicap on that tee with the current index'),
  next_course_handicap: int.nullable().describe('Course Handicap on that tee with the index after the score'),
});
