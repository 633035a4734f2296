// Pieces forms share: a labelled select, a titled card, and the line under a form that says how it went.
import type { SelectHTMLAttributes } from 'react';

export function Select({ label, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string }) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      <select
        {...props}
        className="block min-h-11 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
      >
        {children}
      </select>
    </label>
  );
}

/** The form's error (an alert) or, failing that, what it did (a status); nothing while neither is set. */
export function FormResult({ error, done = null }: { error: string | null | undefined; done?: string | null }) {
  if (error)
    return (
      <p role="alert" className="text-sm text-red-600 dark:text-red-400">
        {error}
      </p>
    );
  if (done)
    return (
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
        {done}
      </p>
    );
  return null;
}

export function FormCard({ title, testId, children }: { title: string; testId?: string; children: React.ReactNode }) {
  return (
    <section
      data-testid={testId}
      className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
