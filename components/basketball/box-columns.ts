// The columns of one player's box-score line, shared by box scores and game logs.
import type { Column } from '@/components/ui/sortable-table';
import { type CountingKey, formatMinutes } from '@/lib/basketball/stats';

export const boxColumns: Column[] = [
  { key: 'min', label: 'MIN', format: 'text' },
  { key: 'pts', label: 'PTS', format: 'int' },
  { key: 'reb', label: 'REB', format: 'int' },
  { key: 'ast', label: 'AST', format: 'int' },
  { key: 'fg', label: 'FG', format: 'text' },
  { key: 'fg3', label: '3P', format: 'text' },
  { key: 'ft', label: 'FT', format: 'text' },
  { key: 'stl', label: 'STL', format: 'int' },
  { key: 'blk', label: 'BLK', format: 'int' },
  { key: 'turnover', label: 'TOV', format: 'int' },
  { key: 'pf', label: 'PF', format: 'int' },
];

export function boxCells(l: Record<CountingKey, number> & { min: number | null }) {
  return {
    // A live game scored without the clock: minutes are unknown, not zero.
    min: l.min === null ? '—' : formatMinutes(Number(l.min)),
    pts: l.pts,
    reb: l.reb,
    ast: l.ast,
    fg: `${l.fgm}-${l.fga}`,
    fg3: `${l.fg3m}-${l.fg3a}`,
    ft: `${l.ftm}-${l.fta}`,
    stl: l.stl,
    blk: l.blk,
    turnover: l.turnover,
    pf: l.pf,
  };
}

/**
 * The rows under the players, as a printed box score has them: "Team" (rebounds and turnovers no
 * player was charged with, when the source says) and "Totals" (the official team line).
 */
export function boxFooter(
  totals: (Record<CountingKey, number> & { min: number | null }) | undefined,
  team: { reb: number | null; turnover: number | null },
  labelKey = 'player',
) {
  const rows: Record<string, string | number | null>[] = [];
  if (team.reb !== null || team.turnover !== null) {
    const blank = Object.fromEntries([...boxColumns.map((c) => c.key), 'plus_minus'].map((k) => [k, '']));
    rows.push({ ...blank, id: 'team', [labelKey]: 'Team', reb: team.reb ?? '', turnover: team.turnover ?? '' });
  }
  if (totals) rows.push({ id: 'totals', ...boxCells(totals), [labelKey]: 'Totals' });
  return rows;
}
