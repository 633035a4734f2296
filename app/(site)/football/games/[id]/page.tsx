import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { WinProbabilityChart } from '@/components/football/win-probability-chart';
import { SortableTable } from '@/components/ui/sortable-table';
import { readerMaySeeLeagueOf } from '@/lib/basketball/page-league';
import { getDb } from '@/lib/db';
import { footballGamePage } from '@/lib/football/page-data';
import { footballGameLeague } from '@/lib/football/queries';

export const metadata: Metadata = { title: 'Football game' };

const RESULT: Record<string, string> = {
  touchdown: 'Touchdown',
  field_goal: 'Field goal',
  missed_field_goal: 'Missed FG',
  punt: 'Punt',
  turnover: 'Turnover',
  downs: 'Downs',
  safety: 'Safety',
  end_of_half: 'End of half',
};
const ordinal = (n: number | null) => (n === null ? '' : (['', '1st', '2nd', '3rd', '4th'][n] ?? `${n}th`));

export default async function FootballGamePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = Number((await params).id);
  const db = await getDb();
  const leagueId = Number.isInteger(id) && id > 0 ? await footballGameLeague(db, id) : null;
  if (leagueId === null || !(await readerMaySeeLeagueOf(leagueId))) notFound();
  const page = await footballGamePage(db, id);
  if (!page) notFound();
  const { game, wp } = page;
  const abbr = new Map([
    [game.home_team.id, game.home_team.abbreviation],
    [game.visitor_team.id, game.visitor_team.abbreviation],
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-zinc-500">
          <Link href={`/football?season=${game.season}`} className="hover:underline">
            {game.season} {game.postseason ? 'postseason' : 'season'}
          </Link>{' '}
          · week {game.week} · {game.date}
          {game.stadium ? ` · ${game.stadium}` : ''}
        </p>
        <h1 className="flex flex-wrap items-baseline gap-x-4 text-2xl font-bold tracking-tight" data-testid="football-scoreline">
          <span>
            {game.visitor_team.full_name} <span className="tabular-nums">{game.visitor_team_score}</span>
          </span>
          <span>
            @ {game.home_team.full_name} <span className="tabular-nums">{game.home_team_score}</span>
          </span>
        </h1>
      </header>
      {wp.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Win probability</h2>
          <WinProbabilityChart points={wp} home={game.home_team.abbreviation} visitor={game.visitor_team.abbreviation} />
        </section>
      ) : null}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Drives</h2>
        <SortableTable
          testId="football-drives"
          label="Drives"
          columns={[
            { key: 'n', label: '#', format: 'int' },
            { key: 'team', label: 'Team', format: 'text' },
            { key: 'q', label: 'Q', format: 'int' },
            { key: 'start', label: 'Start (yds to goal)', format: 'int' },
            { key: 'plays', label: 'Plays', format: 'int' },
            { key: 'yards', label: 'Yards', format: 'int' },
            { key: 'result', label: 'Result', format: 'text' },
            { key: 'points', label: 'Pts', format: 'int' },
          ]}
          rows={game.drives.map((d) => ({
            n: d.number,
            team: abbr.get(d.team_id) ?? '',
            q: d.quarter,
            start: d.start_yardline_100,
            plays: d.plays,
            yards: d.yards,
            result: RESULT[d.result] ?? d.result,
            points: d.points,
          }))}
        />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Play by play</h2>
        <ol
          className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800"
          data-testid="football-plays"
        >
          {game.plays.map((p) => (
            <li key={p.play_id} className="grid gap-1 px-3 py-2 sm:grid-cols-[8rem_1fr]">
              <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
                Q{p.quarter} {p.clock} · {abbr.get(p.offense_team_id ?? 0) ?? ''}
                {p.down ? ` · ${ordinal(p.down)} & ${p.distance}` : ''}
              </span>
              <span>{p.description}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
