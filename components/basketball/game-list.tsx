// A list of games with their score, linking to the live page (live-scored games) or the box score.
import Link from 'next/link';
import { gameDateLabel } from '@/lib/basketball/game-title';
import { periodLabel } from '@/lib/basketball/live/feed';
import { ruleSetName, ruleSets } from '@/lib/basketball/live/rules';
import type { IndexGame } from '@/lib/basketball/live-index';

function statusText(g: IndexGame): string {
  if (g.status === 'final') return 'Final';
  if (g.status === 'scheduled') return gameDateLabel(g.date);
  const rule = ruleSetName.safeParse(g.ruleSet);
  return rule.success && g.period > 0 ? periodLabel(ruleSets[rule.data], g.period) : 'Live';
}

export function GameList({ games, testId, empty }: { games: IndexGame[]; testId: string; empty: string }) {
  if (games.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>;
  return (
    <ul
      data-testid={testId}
      className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {games.map((g) => {
        const scored = g.homeScore !== null && g.awayScore !== null;
        return (
          <li key={g.id}>
            <Link
              href={g.status === 'final' ? `/basketball/games/${g.id}` : `/basketball/live/${g.id}`}
              className="grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800"
              data-testid={`game-${g.id}`}
            >
              {[g.away, g.home].map((t, i) => {
                const score = i === 0 ? g.awayScore : g.homeScore;
                return (
                  <span key={t.id} className="contents">
                    <span className="truncate font-medium">
                      {i === 1 ? '@ ' : ''}
                      {t.name} <span className="text-zinc-600 dark:text-zinc-400">{t.abbreviation}</span>
                    </span>
                    <span className="text-right text-lg font-semibold tabular-nums">{scored ? score : ''}</span>
                  </span>
                );
              })}
              <span className="col-span-2 flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                {g.status === 'live' ? <span aria-hidden className="h-2 w-2 animate-pulse rounded-full bg-red-600" /> : null}
                {statusText(g)}
                {g.status === 'final' ? ` · ${gameDateLabel(g.date)}` : ''}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
