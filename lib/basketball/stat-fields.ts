// Zod pieces shared by the box-score parsers: counting stats arrive as CSV strings or JSON numbers.
import { z } from 'zod';

/** A whole number in a CSV cell; blank is missing, never 0. */
export const cellCount = (max = 999) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .refine((n) => n <= max, `expected at most ${max}`);

/** A whole number from a CSV cell or JSON. Sources known to be CSV use cellCount: a union tries (and fails) the number branch on every cell first. */
export const count = (max = 999) => z.union([z.number().int().min(0).max(max), cellCount(max)]);

export const signedInt = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'expected a whole number')
    .transform(Number),
]);

/** Decimal minutes (30.3) or "MM:SS" (30:18); "0:00" is zero minutes, not missing. */
export const minutes = z.union([z.number().min(0).max(100), z.string().trim()]).transform((v, ctx) => {
  if (typeof v === 'number') return v;
  return minutesOfCell(v, ctx);
});

/** Minutes in a CSV cell. */
export const cellMinutes = z
  .string()
  .trim()
  .transform((v, ctx) => minutesOfCell(v, ctx));

function minutesOfCell(v: string, ctx: z.RefinementCtx): number {
  const n = minutesOfText(v);
  if (n === null) {
    ctx.addIssue({ code: 'custom', message: 'expected minutes like 30.5 or 30:30' });
    return z.NEVER;
  }
  return n;
}

/** Minutes in trimmed text (30.5 or 30:30), to the hundredth; null when not minutes. */
export function minutesOfText(v: string): number | null {
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(v);
  const n = clock ? Number(clock[1]) + Number(clock[2]) / 60 : /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isFinite(n) || n > 100) return null;
  return Math.round(n * 100) / 100;
}

export interface CountingStats {
  fgm: number;
  fga: number;
  fg3m: number;
  fg3a: number;
  ftm: number;
  fta: number;
  oreb: number;
  dreb: number;
  reb: number;
  ast: number;
  stl: number;
  blk: number;
  turnover: number;
  pf: number;
  pts: number;
}

/** Box-score identities a real line satisfies; the first one broken, or null. */
export function inconsistency(s: CountingStats): string | null {
  if (s.fgm > s.fga) return 'made field goals exceed attempts';
  if (s.fg3m > s.fg3a) return 'made threes exceed attempts';
  if (s.ftm > s.fta) return 'made free throws exceed attempts';
  if (s.fg3m > s.fgm) return 'made threes exceed made field goals';
  if (s.fg3a > s.fga) return 'three attempts exceed field goal attempts';
  if (s.oreb + s.dreb !== s.reb) return 'offensive + defensive rebounds do not equal rebounds';
  if (2 * s.fgm + s.fg3m + s.ftm !== s.pts) return 'points do not equal 2×FG + 3P + FT';
  return null;
}
