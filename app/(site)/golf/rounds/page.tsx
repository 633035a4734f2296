import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DataTable } from '@/components/ui/data-table';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { listRounds } from '@/lib/golf/directory';

export const metadata: Metadata = { title: 'Golf rounds' };

const PAGE = 30;

/** "2026-05-01_<uuid>": the last round of the previous page. */
function parseBefore(raw: string | undefined) {
  const m = raw?.match(/^(\d{4}-\d{2}-\d{2})_([0-9a-f-]{36})$/i);
  return m?.[1] && m[2] ? { date: m[1], id: m[2] } : undefined;
}

export default async function RoundsPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  await connection();
  const user = await getCurrentUser().catch(() => null);
  const viewer = user ? { id: user.id, role: user.role } : null;
  const before = parseBefore((await searchParams).before);
  const rounds = await listRounds(await getDb(), viewer, { before, limit: PAGE });
  const last = rounds.at(-1);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Rounds</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Newest first. Open one for its card and leaderboard.</p>
      </header>
      {rounds.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No rounds {before ? 'before these' : 'recorded yet'}.</p>
      ) : (
        <DataTable testId="rounds" headings={['Date', 'Course', 'Players', 'Status']}>
          {rounds.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap px-3 py-2">
                <Link href={`/golf/rounds/${r.id}`} className="font-medium hover:underline">
                  {r.date}
                </Link>
              </td>
              <td className="px-3 py-2">
                {r.course} <span className="text-zinc-600 dark:text-zinc-400">· {r.tee}</span>
              </td>
              <td className="px-3 py-2">{r.players.join(', ')}</td>
              <td className="whitespace-nowrap px-3 py-2">{r.status === 'finished' ? 'Finished' : 'In progress'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {before ? (
          <Link href="/golf/rounds" className="text-brand-700 hover:underline dark:text-brand-500">
            Newest
          </Link>
        ) : null}
        {last && rounds.length === PAGE ? (
          <Link
            href={`/golf/rounds?before=${last.date}_${last.id}`}
            className="text-brand-700 hover:underline dark:text-brand-500"
            data-testid="older-rounds"
          >
            Older rounds
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
