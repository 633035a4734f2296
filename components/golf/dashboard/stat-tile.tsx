// One number with its label (and a line under it), the number optionally linked to where it came from.
import Link from 'next/link';

export function StatTile({ label, value, hint, href }: { label: string; value: string; hint?: string; href?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">
        {href ? (
          <Link href={href} className="text-brand-600 hover:underline dark:text-brand-500">
            {value}
          </Link>
        ) : (
          value
        )}
      </dd>
      {hint ? <dd className="truncate text-xs text-zinc-600 dark:text-zinc-400">{hint}</dd> : null}
    </div>
  );
}
