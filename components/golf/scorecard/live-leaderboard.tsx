// A group round's leaderboard: place, player, score to par and holes played, as the stream last said.
import Link from 'next/link';
import { formatToPar } from '@/lib/golf/client/format';
import type { LeaderboardLine } from '@/lib/golf/leaderboard-line';
import type { StreamState } from './use-round-stream';

export function LiveLeaderboard({ lines, live }: { lines: LeaderboardLine[]; live: StreamState }) {
  return (
    <section className="space-y-2" aria-labelledby="leaderboard-title">
      <div className="flex items-center justify-between">
        <h2 id="leaderboard-title" className="text-lg font-semibold">
          Leaderboard
        </h2>
        <output
          data-testid="leaderboard-connection"
          data-state={live}
          className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400"
        >
          <span aria-hidden className={`h-2 w-2 rounded-full ${live === 'live' ? 'animate-pulse bg-red-600' : 'bg-zinc-400'}`} />
          {live === 'live' ? 'Live' : live === 'off' ? '' : live === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
        </output>
      </div>
      <ol
        data-testid="leaderboard"
        className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
      >
        {lines.map((l) => (
          <li key={l.position} className="flex items-center gap-3 px-3 py-2" data-testid={`leader-${l.position}`}>
            <span className="w-8 text-sm tabular-nums text-zinc-600 dark:text-zinc-400">
              {l.place === null ? '–' : `${l.tied ? 'T' : ''}${l.place}`}
            </span>
            <span className="flex-1 truncate font-medium">
              {l.user_id ? (
                <Link href={`/golf/players/${l.user_id}`} className="hover:underline">
                  {l.name}
                </Link>
              ) : (
                l.name
              )}
            </span>
            <span className="w-10 text-right text-lg font-bold tabular-nums">{l.thru > 0 ? formatToPar(l.to_par) : '–'}</span>
            <span className="w-16 text-right text-xs text-zinc-600 dark:text-zinc-400">
              {l.thru === 0 ? 'not started' : l.thru >= 18 ? `F · ${l.gross}` : `thru ${l.thru}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
