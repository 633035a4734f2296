import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DataTable } from '@/components/ui/data-table';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { listGolfers } from '@/lib/golf/directory';

export const metadata: Metadata = { title: 'Golfers' };

const LIMIT = 200;

export default async function GolfersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await connection();
  const user = await getCurrentUser().catch(() => null);
  const viewer = user ? { id: user.id, role: user.role } : null;
  const q = (await searchParams).q?.trim().slice(0, 100) ?? '';
  const golfers = await listGolfers(await getDb(), viewer, { search: q || undefined, limit: LIMIT });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Golfers</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Everyone with a round on their record.</p>
      </header>
      <search>
        <form action="/golf/players" className="flex gap-2">
          <input
            name="q"
            type="search"
            defaultValue={q}
            aria-label="Find a golfer by name"
            placeholder="Find a golfer"
            className="w-full max-w-xs rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
          />
          <button type="submit" className="rounded-md border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700">
            Find
          </button>
        </form>
      </search>
      {golfers.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{q ? `No golfer matches “${q}”.` : 'No rounds recorded yet.'}</p>
      ) : (
        <DataTable
          testId="golfers"
          headings={[
            'Golfer',
            { label: 'Rounds', className: 'text-right' },
            { label: 'Avg', className: 'text-right' },
            { label: 'Best', className: 'text-right' },
            'Last played',
          ]}
        >
          {golfers.map((g) => (
            <tr key={g.id}>
              <td className="px-3 py-2">
                <Link href={`/golf/players/${g.id}`} className="font-medium hover:underline">
                  {g.name}
                </Link>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{g.rounds}</td>
              <td className="px-3 py-2 text-right tabular-nums">{g.scoringAverage?.toFixed(1) ?? '–'}</td>
              <td className="px-3 py-2 text-right tabular-nums">{g.bestGross ?? '–'}</td>
              <td className="whitespace-nowrap px-3 py-2">{g.lastPlayed}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
