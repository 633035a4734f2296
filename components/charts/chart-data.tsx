// A chart's text alternative: the numbers it draws, as a table anyone can open (screen readers,
// people who would rather read, copy and paste). Legends use body-text colours: a series colour
// is often too light to read as text (the amber average line was 2.06:1).
import type { ReactNode } from 'react';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export const legendText = (value: ReactNode) => <span className="text-zinc-700 dark:text-zinc-300">{value}</span>;

export function ChartData({ table }: { table: ChartTable }) {
  return (
    <details className="text-xs text-zinc-700 dark:text-zinc-300" data-testid="chart-data">
      <summary className="cursor-pointer select-none">Show the numbers</summary>
      <div className="mt-2 max-h-64 overflow-auto rounded border border-zinc-200 dark:border-zinc-800">
        <table className="w-full tabular-nums">
          <caption className="sr-only">{table.caption}</caption>
          <thead className="bg-zinc-100 dark:bg-zinc-900">
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="px-2 py-1 text-left font-semibold">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reorder
              <tr key={i} className="border-t border-zinc-100 dark:border-zinc-800">
                {r.map((v, j) => (
                  <td key={table.columns[j]} className="px-2 py-1">
                    {v ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
