// A golfer's rounds, newest first: where, when, the score so far and whether it went into the
// handicap record. Rounds still being played link to their scorecard like any other.
import Link from 'next/link';
import { formatToPar } from '@/lib/golf/client/format';

export interface RoundLine {
  round_id: string;
  date: string;
  status: 'in_progress' | 'finished';
  course: { name: string };
  tee: { name: string };
  holes: number;
  holes_played: number;
  gross: number | null;
  to_par: number | null;
  posted: boolean;
}

export function RoundsList({ rounds, testId }: { rounds: RoundLine[]; testId?: string }) {
  if (rounds.length === 0) return <p className="text-sm text-zinc-500">No rounds yet.</p>;
  return (
    <ul
      data-testid={testId}
      className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {rounds.map((r) => (
        <li key={r.round_id}>
          <Link
            href={`/golf/rounds/${r.round_id}`}
            className="flex min-h-14 items-center gap-3 px-3 py-2 hover:bg-zinc-50 dark:hover:bg-zinc-800"
          >
            <div className="min-w-0 flex-1">
              <div className="truncate font-medium">{r.course.name}</div>
              <div className="text-xs text-zinc-500">
                {r.date} · {r.tee.name} ·{' '}
                {r.status === 'in_progress' ? (
                  <span className="font-medium text-sky-700 dark:text-sky-400">in progress, thru {r.holes_played}</span>
                ) : r.posted ? (
                  'posted'
                ) : (
                  'not posted'
                )}
              </div>
            </div>
            <div className="text-right tabular-nums">
              <div className="text-lg font-bold">{r.gross ?? '–'}</div>
              <div className="text-xs text-zinc-500">{formatToPar(r.to_par)}</div>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
