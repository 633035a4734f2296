import type { Metadata } from 'next';
import { connection } from 'next/server';
import { GameList } from '@/components/basketball/game-list';
import { AutoRefresh } from '@/components/ui/auto-refresh';
import { liveIndex } from '@/lib/basketball/live-index';
import { pageReader } from '@/lib/basketball/page-league';
import { todayIn } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Live basketball games' };

export default async function LiveIndexPage() {
  await connection();
  const { live, upcoming, finals } = await liveIndex(await getDb(), todayIn(env().DEFAULT_TIME_ZONE), await pageReader());
  const sections = [
    { id: 'live-now', title: 'Live now', games: live, empty: 'No game is being scored right now.' },
    { id: 'upcoming', title: 'Upcoming', games: upcoming, empty: 'No games scheduled.' },
    { id: 'recent-finals', title: 'Recent finals', games: finals, empty: 'No finished games yet.' },
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <AutoRefresh everyMs={15_000} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Live games</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Games scored in Statline, play by play. Open one to follow its box score as it happens.
        </p>
      </header>
      {sections.map((s) => (
        <section key={s.id} className="space-y-2" aria-labelledby={s.id}>
          <h2 id={s.id} className="text-lg font-semibold">
            {s.title}
          </h2>
          <GameList games={s.games} testId={s.id} empty={s.empty} />
        </section>
      ))}
    </div>
  );
}
