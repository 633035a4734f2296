// The frame of a plain (unsorted) table: it scrolls sideways on a phone, with a header row above rows
// divided by lines. The caller writes the rows; a column that sorts wants SortableTable instead.
import type { ReactNode } from 'react';
import { ScrollFrame } from '@/components/ui/scroll-frame';

export type Heading = string | { label: string; className: string };

export function DataTable({
  headings,
  testId,
  label,
  className = 'text-sm',
  children,
}: {
  headings: readonly Heading[];
  testId?: string;
  /** What the table holds, for screen readers (its scrolling frame is a named region). */
  label?: string;
  /** The table's text size (phones may want less). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <ScrollFrame label={label ?? 'Table'} className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className={`w-full ${className}`} data-testid={testId}>
        <thead className="bg-zinc-100 text-left text-xs uppercase text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            {headings.map((h) =>
              typeof h === 'string' ? (
                <th key={h} className="px-3 py-2">
                  {h}
                </th>
              ) : (
                <th key={h.label} className={`px-3 py-2 ${h.className}`}>
                  {h.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</tbody>
      </table>
    </ScrollFrame>
  );
}
