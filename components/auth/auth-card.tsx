import type { ReactNode } from 'react';

export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h1 className="text-xl font-semibold">{title}</h1>
      {children}
      {footer ? <div className="text-sm text-zinc-600 dark:text-zinc-400">{footer}</div> : null}
    </div>
  );
}
