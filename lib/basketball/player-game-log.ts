// Basketball-Reference style player game logs (one row per player per game, no game id and no
// home/away flag) → validated lines keyed by date and the two teams. Pure.
import { z } from 'zod';
import { describeIssue } from '@/lib/imports/row-issue';
import { franchiseByBref } from './franchises';
import { type CountingStats, cellCount, cellMinutes, inconsistency } from './stat-fields';

const bref = z.string().refine((v) => franchiseByBref.has(v), 'unknown team abbreviation');

export const playerGameLogRow = z.object({
  Player: z.string().trim().min(1, 'is required').max(100),
  Tm: bref,
  Opp: bref,
  Res: z.enum(['W', 'L'], 'expected W or L'),
  MP: cellMinutes,
  FG: cellCount(),
  FGA: cellCount(),
  '3P': cellCount(),
  '3PA': cellCount(),
  FT: cellCount(),
  FTA: cellCount(),
  ORB: cellCount(),
  DRB: cellCount(),
  TRB: cellCount(),
  AST: cellCount(),
  STL: cellCount(),
  BLK: cellCount(),
  TOV: cellCount(),
  PF: cellCount(),
  PTS: cellCount(),
  Data: z.string().regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/, 'expected a date like 10/22/2024'),
});

export interface PlayerLogLine {
  player: string;
  team: string; // NBA abbreviation
  opponent: string;
  won: boolean;
  date: string; // YYYY-MM-DD
  season: number;
  min: number;
  stats: CountingStats;
}

/** The season a date belongs to, named by its starting year (Oct 2024 → 2024, Feb 2025 → 2024). */
export function seasonOfDate(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return m >= 8 ? y : y - 1;
}

function isoDate(mdy: string): string | null {
  const [m, d, y] = mdy.split('/').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parsePlayerLogRow(raw: unknown): Parsed<PlayerLogLine> {
  const r = playerGameLogRow.safeParse(raw);
  if (!r.success) return { ok: false, reason: describeIssue(raw as Record<string, unknown>, r.error.issues[0]) };
  const v = r.data;
  if (v.Tm === v.Opp) return { ok: false, reason: 'Tm and Opp are the same team' };
  const date = isoDate(v.Data);
  if (!date) return { ok: false, reason: `Data: '${v.Data}' is not a real date` };
  const stats: CountingStats = {
    fgm: v.FG,
    fga: v.FGA,
    fg3m: v['3P'],
    fg3a: v['3PA'],
    ftm: v.FT,
    fta: v.FTA,
    oreb: v.ORB,
    dreb: v.DRB,
    reb: v.TRB,
    ast: v.AST,
    stl: v.STL,
    blk: v.BLK,
    turnover: v.TOV,
    pf: v.PF,
    pts: v.PTS,
  };
  const bad = inconsistency(stats);
  if (bad) return { ok: false, reason: bad };
  const team = franchiseByBref.get(v.Tm)?.abbreviation ?? v.Tm;
  const opponent = franchiseByBref.get(v.Opp)?.abbreviation ?? v.Opp;
  return {
    ok: true,
    value: { player: v.Player, team, opponent, won: v.Res === 'W', date, season: seasonOfDate(date), min: v.MP, stats },
  };
}

/** Natural key of a player-log game: the date and the two teams in name order (venue unknown). */
export function playerLogGameKey(date: string, a: string, b: string): string {
  return `pgl:${date}:${[a, b].sort().join('-')}`;
}
