// Games to score, with the two links a scorer needs: the scorekeeper, and the page to share.
import Link from 'next/link';
import type { ScoredGame } from '@/lib/basketball/scoring/scorebook';

const link =
  'inline-flex min-h-11 items-center rounded-md border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

export function MyGames({ games }: { games: ScoredGame[] }) {
  if (games.length === 0) return <p className="text-sm text-zinc-500">No games scheduled yet.</p>;
  return (
    <ul
      className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
      data-testid="my-games"
    >
      {games.map((g) => (
        <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 p-3" data-testid={`game-${g.id}`}>
          <div>
            <div className="font-medium">
              {g.away} @ {g.home}
              {g.status === 'scheduled' ? null : (
                <span className="ml-2 tabular-nums">
                  {g.awayScore ?? 0}–{g.homeScore ?? 0}
                </span>
              )}
            </div>
            <div className="text-xs text-zinc-500">
              {g.date} · {g.status}
            </div>
          </div>
          <div className="flex gap-2">
            {g.status === 'final' ? null : (
              <Link href={`/basketball/games/${g.id}/score`} className={`${link} bg-brand-600 text-white hover:bg-brand-700`}>
                Score
              </Link>
            )}
            <Link href={`/basketball/live/${g.id}`} className={link}>
              Spectator link
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
