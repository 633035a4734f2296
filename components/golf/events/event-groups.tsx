// An event's groups by round and tee time, each a link to its round: where the event's scorers
// (and the group's players) score the holes.
import Link from 'next/link';
import type { listGroups } from '@/lib/golf/events/read';

type Group = Awaited<ReturnType<typeof listGroups>>[number];

const teeTime = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(11, 16) : '–');

export function EventGroups({ groups }: { groups: Group[] }) {
  if (groups.length === 0) return null;
  return (
    <details className="rounded-lg border border-zinc-200 dark:border-zinc-800" data-testid="event-groups">
      <summary className="min-h-11 cursor-pointer px-3 py-2 font-semibold">Groups and tee times ({groups.length})</summary>
      <ol className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        {groups.map((g, i) => (
          <li key={g.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
            <span className="w-24 tabular-nums text-zinc-600 dark:text-zinc-400">
              R{g.round_number} · {teeTime(g.tee_time)} UTC
            </span>
            <span className="min-w-0 flex-1">{g.players.map((p) => p.name).join(', ')}</span>
            <Link
              href={`/golf/rounds/${g.round.id}`}
              className="inline-flex min-h-8 items-center text-brand-600 hover:underline dark:text-brand-500"
            >
              {g.round.status === 'finished' ? 'Card' : 'Score'} group {i + 1}
            </Link>
          </li>
        ))}
      </ol>
    </details>
  );
}
