import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { hiddenFromReader } from '@/lib/basketball/page-league';
import { searchBasketball } from '@/lib/basketball/search';

export const metadata: Metadata = { title: 'Search' };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await connection();
  const q = ((await searchParams).q ?? '').trim().slice(0, 100);
  const found = q ? await searchBasketball(q) : null;
  // A hidden minor is left out: a match on their name would tell it.
  const hidden = found ? await hiddenFromReader(found.players.map((p) => p.id)) : new Set<number>();
  const results = found ? { ...found, players: found.players.filter((p) => !hidden.has(p.id)) } : null;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Find players and teams</h1>
      <search>
        <form action="/basketball/search" className="flex gap-2">
          <input
            name="q"
            defaultValue={q}
            placeholder="e.g. Tatum or Bucks"
            aria-label="Search players and teams"
            className="flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
          />
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            Search
          </button>
        </form>
      </search>
      {results ? (
        <div className="grid gap-6 sm:grid-cols-2" data-testid="search-results">
          <section>
            <h2 className="mb-2 font-semibold">Teams</h2>
            {results.teams.length === 0 ? <p className="text-sm text-zinc-500">None.</p> : null}
            <ul className="space-y-1">
              {results.teams.map((t) => (
                <li key={t.id}>
                  <Link href={`/basketball/teams/${t.id}`} className="text-brand-600 hover:underline dark:text-brand-500">
                    {t.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2 className="mb-2 font-semibold">Players</h2>
            {results.players.length === 0 ? <p className="text-sm text-zinc-500">None.</p> : null}
            <ul className="space-y-1">
              {results.players.map((p) => (
                <li key={p.id}>
                  <Link href={`/basketball/players/${p.id}`} className="text-brand-600 hover:underline dark:text-brand-500">
                    {p.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </div>
  );
}
