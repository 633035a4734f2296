// What a player records on one hole, and the check that a round's holes fit the card.
import { z } from 'zod';
import { DomainError } from '@/lib/errors';
import { holesPhrase } from './hole-list';

export const fairwayResults = ['hit', 'left', 'right', 'n/a'] as const;
export type FairwayResult = (typeof fairwayResults)[number];

export const holeScoreSchema = z
  .object({
    hole: z.int('hole must be a whole number').min(1, 'hole must be 1-18').max(18, 'hole must be 1-18'),
    strokes: z.int('strokes must be a whole number').min(1, 'strokes must be 1-30').max(30, 'strokes must be 1-30'),
    putts: z.int('putts must be a whole number').min(0, 'putts must be 0-10').max(10, 'putts must be 0-10').optional(),
    fairway: z.enum(fairwayResults, 'fairway must be hit, left, right or n/a').optional(),
    penalties: z.int('penalties must be a whole number').min(0).max(10, 'penalties must be 0-10').optional(),
    // Played from a greenside bunker on this hole (for sand saves).
    sand: z.boolean().optional(),
  })
  .superRefine((h, ctx) => {
    // Penalty strokes and putts are part of the hole's strokes, so together they cannot exceed it.
    if ((h.putts ?? 0) + (h.penalties ?? 0) > h.strokes) {
      ctx.addIssue({ code: 'custom', message: `hole ${h.hole}: putts and penalties exceed the ${h.strokes} strokes` });
    }
  });
export type HoleScore = z.infer<typeof holeScoreSchema>;

export const roundScoresSchema = z.array(holeScoreSchema).min(1, 'a round needs at least one hole');

/** Throws unless every hole is on a card of `holeCount` holes and appears once. Returns them in hole order. */
export function checkHolesOnCard(holes: readonly HoleScore[], holeCount: number): HoleScore[] {
  const counts = new Map<number, number>();
  for (const h of holes) counts.set(h.hole, (counts.get(h.hole) ?? 0) + 1);
  const offCard = [...counts.keys()].filter((n) => n < 1 || n > holeCount);
  const twice = [...counts].filter(([, c]) => c > 1).map(([n]) => n);
  const problems: string[] = [];
  if (offCard.length)
    problems.push(`${holesPhrase(offCard)} ${offCard.length === 1 ? 'is' : 'are'} not on the ${holeCount}-hole card`);
  if (twice.length) problems.push(`${holesPhrase(twice)} recorded more than once`);
  if (problems.length) throw new DomainError('rule_violation', problems.join('; '));
  return [...holes].sort((a, b) => a.hole - b.hole);
}
