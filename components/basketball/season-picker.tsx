import Link from 'next/link';
import { seasonLabel } from '@/lib/basketball/seasons';

/** Season links that keep the other query parameters. */
export function SeasonPicker({
  seasons,
  current,
  base,
  extra = {},
}: {
  seasons: number[];
  current: number;
  base: string;
  extra?: Record<string, string>;
}) {
  return (
    <nav aria-label="Season" className="flex flex-wrap gap-1.5 text-sm">
      {seasons.map((s) => (
        <Link
          key={s}
          href={`${base}?${new URLSearchParams({ ...extra, season: String(s) })}`}
          aria-current={s === current ? 'page' : undefined}
          className={`inline-flex min-h-10 items-center rounded-md px-3 ${s === current ? 'bg-brand-600 text-white' : 'border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800'}`}
        >
          {seasonLabel(s)}
        </Link>
      ))}
    </nav>
  );
}
