// The shapes a league is created and changed with, checked at the API boundary.
import { z } from 'zod';

export const leagueSports = ['basketball', 'golf', 'football'] as const;
export const leagueLevels = ['pro', 'college', 'high_school', 'youth', 'adult_amateur'] as const;

export const leagueSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'must be at least 2 characters')
  .max(40)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (e.g. "valley-youth")')
  .refine((s) => !/^\d+$/.test(s), 'must not be only digits (those are ids)');

export const leagueInput = z.strictObject({
  name: z.string().trim().min(2, 'must be at least 2 characters').max(80),
  slug: leagueSlug.optional().describe('Made from the name when absent'),
  sport: z.enum(leagueSports),
  level: z.enum(leagueLevels),
  season_format: z.enum(['split', 'calendar']).default('split'),
  visibility: z.enum(['public', 'members']).default('public'),
  rule_set: z.string().trim().min(1).max(40).nullish(),
});
export type LeagueInput = z.output<typeof leagueInput>;

export const leagueUpdate = leagueInput.omit({ sport: true }).partial();
export type LeagueUpdate = z.output<typeof leagueUpdate>;

/** "Valley Youth League!" → "valley-youth-league". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug.length >= 2 && !/^\d+$/.test(slug) ? slug : `league-${slug}`;
}
