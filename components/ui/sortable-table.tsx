'use client';

// A table whose columns sort on click. Rows are plain data so server components can pass them;
// links are given as `href` cells.
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { ScrollFrame } from '@/components/ui/scroll-frame';

export type Cell = string | number | null;
export interface Column {
  key: string;
  label: string;
  format?: 'text' | 'int' | 'dec1' | 'pct' | 'signed';
  /** Column key holding a link for this cell. */
  hrefKey?: string;
  title?: string;
}

function show(v: Cell, format: Column['format']): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'string') return v;
  if (format === 'pct') return v.toFixed(3).replace(/^0/, '');
  if (format === 'dec1') return v.toFixed(1);
  if (format === 'signed') return v > 0 ? `+${v}` : String(v);
  return String(v);
}

// The first column (the player or team) stays in view while a phone scrolls across the numbers.
const stickyHead = 'sticky left-0 z-10 bg-zinc-100 dark:bg-zinc-900';
const stickyCell =
  'sticky left-0 z-10 bg-white shadow-[1px_0_0_0_rgb(228_228_231)] dark:bg-zinc-950 dark:shadow-[1px_0_0_0_rgb(39_39_42)]';

export function SortableTable({
  columns,
  rows,
  initialSort,
  testId,
  label = 'Table',
  footer = [],
}: {
  columns: Column[];
  rows: Record<string, Cell>[];
  /** Rows that stay below the sorted ones, as a box score's Team and Totals rows do. */
  footer?: Record<string, Cell>[];
  initialSort?: { key: string; dir: 'asc' | 'desc' };
  testId?: string;
  /** What the table holds, for screen readers (its scrolling frame is a named region). */
  label?: string;
}) {
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const dir = sort.dir === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (x < y ? -1 : 1) * dir;
    });
  }, [rows, sort]);
  const toggle = (key: string) =>
    setSort((s) =>
      s?.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: columns.find((c) => c.key === key)?.format === 'text' ? 'asc' : 'desc' },
    );

  return (
    <ScrollFrame label={label} className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-zinc-100 text-xs uppercase text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            {columns.map((c, ci) => (
              <th
                key={c.key}
                className={`px-2 py-0.5 ${c.format === 'text' || !c.format ? 'text-left' : 'text-right'} ${ci === 0 ? stickyHead : ''}`}
                aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  onClick={() => toggle(c.key)}
                  title={c.title ?? `Sort by ${c.label}`}
                  className="min-h-9 uppercase hover:text-zinc-900 dark:hover:text-white"
                >
                  {c.label}
                  {sort?.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
          {sorted.map((r, i) => (
            <Row key={String(r.id ?? i)} columns={columns} row={r} />
          ))}
        </tbody>
        {footer.length ? (
          <tfoot className="divide-y divide-zinc-200 border-t-2 border-zinc-300 bg-white font-medium dark:divide-zinc-800 dark:border-zinc-700 dark:bg-zinc-950">
            {footer.map((r, i) => (
              <Row key={String(r.id ?? i)} columns={columns} row={r} />
            ))}
          </tfoot>
        ) : null}
      </table>
    </ScrollFrame>
  );
}

function Row({ columns, row }: { columns: Column[]; row: Record<string, Cell> }) {
  return (
    <tr>
      {columns.map((c, ci) => {
        const text = show(row[c.key] ?? null, c.format);
        const href = c.hrefKey ? row[c.hrefKey] : null;
        return (
          <td
            key={c.key}
            className={`whitespace-nowrap px-2 py-1.5 ${c.format === 'text' || !c.format ? '' : 'text-right tabular-nums'} ${ci === 0 ? stickyCell : ''}`}
          >
            {typeof href === 'string' ? (
              <Link href={href} className="text-brand-600 hover:underline dark:text-brand-500">
                {text}
              </Link>
            ) : (
              text
            )}
          </td>
        );
      })}
    </tr>
  );
}
