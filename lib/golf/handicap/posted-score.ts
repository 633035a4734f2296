// A score as it enters the scoring record: already adjusted (AGS) and tied to the ratings of the
// holes played. This is what handicap history takes, whether it came from a scorecard or an import.
import { z } from 'zod';
import { DomainError } from '@/lib/errors';

const isoDate = z.iso.date('date must be YYYY-MM-DD');

export const postedScoreSchema = z
  .object({
    date: isoDate,
    course: z.string().trim().min(1, 'course is required'),
    holes: z.union([z.literal(9), z.literal(18)], 'a posted score covers 9 or 18 holes'),
    ags: z.int('adjusted gross score must be a whole number').min(1),
    /** Rating of the holes played: the 9-hole Course Rating for a 9-hole score. */
    course_rating: z.number(),
    slope: z.int('slope must be a whole number').min(55, 'slope must be 55-155').max(155, 'slope must be 55-155'),
    pcc: z.int().min(-1, 'PCC must be -1 to 3').max(3, 'PCC must be -1 to 3').optional(),
  })
  .superRefine((s, ctx) => {
    // Same sanity bounds as tee ratings: catches a 9-hole rating posted as 18 and the reverse.
    const [lo, hi] = s.holes === 9 ? [22.5, 45] : [45, 90];
    if (!(s.course_rating >= lo && s.course_rating <= hi)) {
      ctx.addIssue({
        code: 'custom',
        path: ['course_rating'],
        message: `course rating ${s.course_rating} is outside ${lo}-${hi} for ${s.holes} holes`,
      });
    }
  });
export type PostedScore = z.infer<typeof postedScoreSchema>;

/** Validates every score up front so a bad one is reported by position, not deep in the calculation. */
export function checkPostedScores(scores: readonly unknown[]): PostedScore[] {
  return scores.map((s, i) => {
    const r = postedScoreSchema.safeParse(s);
    if (r.success) return r.data;
    const detail = r.error.issues.map((x) => x.message).join('; ');
    throw new DomainError('rule_violation', `score ${i + 1}: ${detail}`);
  });
}
