import type { Metadata } from 'next';
import { connection } from 'next/server';
import { GameList } from '@/components/basketball/game-list';
import { AutoRefresh } from '@/components/ui/auto-refresh';
import { liveIndex } from '@/lib/basketball/live-index';
import { todayIn } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Live basketball games' };

export default async function LiveIndexPage() {
  await connection();
  const { live, upcoming, finals } = await liveIndex(await getDb(), todayIn(env().DEFAULT_TIME_ZONE));
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <AutoRefresh everyMs={15_000} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Live games</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Games scored in Statline, play by play. Open one to follow its box score as it happens.
        </p>
      </header>
      <section className="space-y-2" aria-labelledby="live-now">
        <h2 id="live-now" className="text-lg font-semibold">
          Live now
        </h2>
        <GameList games={live} testId="live-now" empty="No game is being scored right now." />
      </section>
      <section className="space-y-2" aria-labelledby="upcoming">
        <h2 id="upcoming" className="text-lg font-semibold">
          Upcoming
        </h2>
        <GameList games={upcoming} testId="upcoming" empty="No games scheduled." />
      </section>
      <section className="space-y-2" aria-labelledby="recent-finals">
        <h2 id="recent-finals" className="text-lg font-semibold">
          Recent finals
        </h2>
        <GameList games={finals} testId="recent-finals" empty="No finished games yet." />
      </section>
    </div>
  );
}
