import type { ReactNode } from 'react';

/** A section whose features have not shipped yet says so plainly instead of showing fake data. */
export function SectionPlaceholder({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <div className="rounded-xl border border-dashed border-zinc-300 p-6 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        {children}
      </div>
    </div>
  );
}
