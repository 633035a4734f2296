// Basketball-Reference style player game logs (one row per player per game, no game id and no
// home/away flag) → validated lines keyed by date and the two teams. Pure.
import { z } from 'zod';
import { describeIssue } from '@/lib/imports/row-issue';
import { franchiseByBref } from './franchises';
import { type CountingStats, cellCount, cellMinutes, inconsistency, minutesOfText } from './stat-fields';

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
  return lineOf(v.Player, v.Tm, v.Opp, v.Res === 'W', v.MP, v.Data, [
    v.FG,
    v.FGA,
    v['3P'],
    v['3PA'],
    v.FT,
    v.FTA,
    v.ORB,
    v.DRB,
    v.TRB,
    v.AST,
    v.STL,
    v.BLK,
    v.TOV,
    v.PF,
    v.PTS,
  ]);
}

/** The cross-column rules and the typed line, once every cell has passed its own check. */
function lineOf(
  player: string,
  tm: string,
  opp: string,
  won: boolean,
  min: number,
  mdy: string,
  c: readonly number[],
): Parsed<PlayerLogLine> {
  if (tm === opp) return { ok: false, reason: 'Tm and Opp are the same team' };
  const day = dayOf(mdy);
  if (!day) return { ok: false, reason: `Data: '${mdy}' is not a real date` };
  const stats: CountingStats = {
    fgm: c[0] ?? 0,
    fga: c[1] ?? 0,
    fg3m: c[2] ?? 0,
    fg3a: c[3] ?? 0,
    ftm: c[4] ?? 0,
    fta: c[5] ?? 0,
    oreb: c[6] ?? 0,
    dreb: c[7] ?? 0,
    reb: c[8] ?? 0,
    ast: c[9] ?? 0,
    stl: c[10] ?? 0,
    blk: c[11] ?? 0,
    turnover: c[12] ?? 0,
    pf: c[13] ?? 0,
    pts: c[14] ?? 0,
  };
  const bad = inconsistency(stats);
  if (bad) return { ok: false, reason: bad };
  const team = franchiseByBref.get(tm)?.abbreviation ?? tm;
  const opponent = franchiseByBref.get(opp)?.abbreviation ?? opp;
  return { ok: true, value: { player, team, opponent, won, date: day.date, season: day.season, min, stats } };
}

// A file has few distinct dates (a season has ~170 game days): each is read against the calendar once.
const days = new Map<string, { date: string; season: number } | null>();
function dayOf(mdy: string): { date: string; season: number } | null {
  let day = days.get(mdy);
  if (day === undefined) {
    if (days.size >= 10_000) days.clear();
    const date = isoDate(mdy);
    day = date ? { date, season: seasonOfDate(date) } : null;
    days.set(mdy, day);
  }
  return day;
}

const countColumns = [
  'FG',
  'FGA',
  '3P',
  '3PA',
  'FT',
  'FTA',
  'ORB',
  'DRB',
  'TRB',
  'AST',
  'STL',
  'BLK',
  'TOV',
  'PF',
  'PTS',
] as const;
const schemaColumns = Object.keys(playerGameLogRow.shape);
const wholeNumber = /^\d+$/;
const mdyDate = /^\d{1,2}\/\d{1,2}\/\d{4}$/;

/**
 * A CSV row as cells in header order → the same result as parsePlayerLogRow on the row's record, at
 * a fraction of the cost: each cell is checked by a compiled test that accepts only what the zod
 * schema accepts, with the same value; a row failing any of them goes through the schema itself, so
 * a rejection's reason is zod's, word for word. Built once per file from its header.
 */
export function playerLogCellParser(header: readonly string[]): (cells: readonly string[]) => Parsed<PlayerLogLine> {
  // As csv-parse builds a record: a repeated column name keeps its last cell.
  const at = (name: string) => header.lastIndexOf(name);
  const [iPlayer, iTm, iOpp, iRes, iMp, iData] = ['Player', 'Tm', 'Opp', 'Res', 'MP', 'Data'].map(at) as number[];
  const iCounts = countColumns.map(at);
  const complete = schemaColumns.every((c) => at(c) >= 0);
  const slow = (cells: readonly string[]) => parsePlayerLogRow(recordOf(header, cells));
  return (cells) => {
    if (!complete || cells.length < header.length) return slow(cells);
    const player = (cells[iPlayer as number] as string).trim();
    const tm = cells[iTm as number] as string;
    const opp = cells[iOpp as number] as string;
    const res = cells[iRes as number];
    const mdy = cells[iData as number] as string;
    if (player.length < 1 || player.length > 100 || !franchiseByBref.has(tm) || !franchiseByBref.has(opp)) return slow(cells);
    if ((res !== 'W' && res !== 'L') || !mdyDate.test(mdy)) return slow(cells);
    const min = minutesOfText((cells[iMp as number] as string).trim());
    if (min === null) return slow(cells);
    const counts: number[] = [];
    for (const i of iCounts) {
      const cell = cells[i] as string;
      if (!wholeNumber.test(cell)) return slow(cells);
      const n = Number(cell);
      if (n > 999) return slow(cells);
      counts.push(n);
    }
    return lineOf(player, tm, opp, res === 'W', min, mdy, counts);
  };
}

/** A row's cells as the record csv-parse would have made of them: extra cells dropped, a repeated name's last cell kept. */
export function recordOf(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i < cells.length && i < header.length; i++) {
    Object.defineProperty(record, header[i] as string, {
      value: cells[i],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}

/** Natural key of a player-log game: the date and the two teams in name order (venue unknown). */
export function playerLogGameKey(date: string, a: string, b: string): string {
  return `pgl:${date}:${[a, b].sort().join('-')}`;
}
