import Link from 'next/link';
import type { GameRow } from '@/lib/basketball/api-queries';

export function LatestResults({ games }: { games: GameRow[] }) {
  if (games.length === 0) {
    return <p className="text-sm text-zinc-500">No games yet. Import some with the basketball importer.</p>;
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2" data-testid="latest-results">
      {games.map((g) => {
        const homeWon = g.winnerTeamId === g.home.id;
        return (
          <li key={g.id}>
            <Link
              href={`/basketball/games/${g.id}`}
              className="block rounded-lg border border-zinc-200 bg-white p-3 text-sm hover:border-brand-500 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <Row team={g.away.name} abbr={g.away.abbreviation} score={g.awayScore} won={!homeWon} />
              <Row team={g.home.name} abbr={g.home.abbreviation} score={g.homeScore} won={homeWon} home={g.venueKnown} />
              {g.venueKnown ? null : <p className="mt-1 text-xs text-zinc-500">Venue and final score not in the source</p>}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function Row({
  team,
  abbr,
  score,
  won,
  home,
}: {
  team: string;
  abbr: string;
  score: number | null;
  won: boolean;
  home?: boolean;
}) {
  return (
    <div
      className={`flex items-center justify-between gap-2 py-0.5 ${won ? 'font-semibold' : 'text-zinc-500 dark:text-zinc-400'}`}
    >
      <span className="truncate">
        <span className="inline-block w-10 font-mono text-xs">{abbr}</span>
        {team}
        {home ? <span className="ml-1 text-xs text-zinc-500">(home)</span> : null}
      </span>
      <span className="tabular-nums">{score ?? (won ? 'W' : 'L')}</span>
    </div>
  );
}
