import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AchievementsList } from '@/components/golf/dashboard/achievements-list';
import { CourseRecords } from '@/components/golf/dashboard/course-records';
import { DistributionChart } from '@/components/golf/dashboard/distribution-chart';
import { HandicapTrendChart } from '@/components/golf/dashboard/handicap-trend-chart';
import { ParAverageChart } from '@/components/golf/dashboard/par-average-chart';
import { RecentStatsChart } from '@/components/golf/dashboard/recent-stats-chart';
import { ScoringTrendChart } from '@/components/golf/dashboard/scoring-trend-chart';
import { StatTile } from '@/components/golf/dashboard/stat-tile';
import { RoundsList } from '@/components/golf/rounds-list';
import { FollowControl } from '@/components/notify/follow-control';
import { golferAchievements, golferAnalytics } from '@/lib/golf/analytics/read';
import { formatIndex, formatPct, formatToPar } from '@/lib/golf/client/format';
import { handicapTrend } from '@/lib/golf/client/trends';
import { handicapReport } from '@/lib/golf/rounds/handicap-report';
import { listPlayerRounds } from '@/lib/golf/rounds/player-rounds';
import { golferPage } from './golfer';

export const metadata: Metadata = { title: 'Golfer' };

const link = 'text-brand-600 hover:underline dark:text-brand-500';
const button =
  'inline-flex min-h-11 items-center justify-center rounded-lg border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

export default async function GolferPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { db, golfer, isMe, user } = await golferPage((await params).id);
  const [handicap, analytics, rounds, achievements] = await Promise.all([
    handicapReport(db, golfer.id),
    golferAnalytics(db, golfer.id),
    listPlayerRounds(db, golfer.id, { limit: 10, viewer: user }),
    golferAchievements(db, golfer.id),
  ]);
  const trend = handicapTrend(handicap.record, handicap.index);
  const full = analytics.recent.rounds.filter((r) => r.complete && r.holes_played >= 18);
  const best = analytics.best_round;
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight" data-testid="golfer-name">
          {golfer.name}
          {isMe ? <span className="ml-2 text-sm font-normal text-zinc-500">(you)</span> : null}
        </h1>
        {isMe ? null : <FollowControl kind="golfer" targetId={golfer.id} label={golfer.name} />}
        <div className="flex flex-wrap items-end gap-6">
          <div>
            <div className="text-xs uppercase tracking-wide text-zinc-500">Handicap Index</div>
            <div className="text-5xl font-bold tabular-nums" data-testid="handicap-index">
              {formatIndex(handicap.index)}
            </div>
          </div>
          <div className="text-sm text-zinc-600 dark:text-zinc-400">
            Low index (365 days): <span className="tabular-nums">{formatIndex(handicap.low_index)}</span>
            <br />
            <Link href={`/golf/players/${golfer.id}/handicap`} className={link}>
              Audit: which scores counted
            </Link>
          </div>
        </div>
        <div className="flex flex-col gap-2 sm:flex-row">
          {isMe ? (
            <Link href="/golf/rounds/new" className={`${button} border-transparent bg-brand-600 text-white hover:bg-brand-700`}>
              Start a round
            </Link>
          ) : null}
          <a href={`/api/v1/golf/players/${golfer.id}/rounds.csv`} download className={button} data-testid="csv-export">
            Download rounds (CSV)
          </a>
        </div>
      </header>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Handicap trend</h2>
        <HandicapTrendChart points={trend} />
      </section>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Scoring</h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          <StatTile
            label="Scoring average"
            value={analytics.scoring_average?.toFixed(1) ?? '–'}
            hint={`${analytics.complete_rounds} full rounds`}
          />
          <StatTile
            label="Best round"
            value={best ? String(best.gross) : '–'}
            hint={best ? `${formatToPar(best.to_par)} · ${best.course.name} · ${best.date}` : undefined}
            href={best ? `/golf/rounds/${best.round_id}` : undefined}
          />
          <StatTile label="Rounds" value={String(analytics.rounds)} />
          <StatTile label="Updated" value={analytics.updated_at ? analytics.updated_at.slice(0, 10) : '–'} />
        </dl>
        <ScoringTrendChart rounds={full} />
      </section>

      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Last {analytics.recent.rounds.length} rounds</h2>
        <dl className="grid grid-cols-3 gap-2">
          <StatTile label="Fairways" value={formatPct(analytics.recent.fairway_pct)} />
          <StatTile label="Greens" value={formatPct(analytics.recent.green_pct)} />
          <StatTile label="Putts / round" value={analytics.recent.putts_per_round?.toFixed(1) ?? '–'} />
        </dl>
        <RecentStatsChart rounds={analytics.recent.rounds} />
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Scoring distribution</h2>
          <DistributionChart distribution={analytics.distribution} />
        </section>
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Average by par</h2>
          <ParAverageChart averages={analytics.average_by_par} />
        </section>
      </div>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Courses</h2>
        <CourseRecords courses={analytics.courses} />
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Recent rounds</h2>
          <RoundsList rounds={rounds} testId="recent-rounds" />
        </section>
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Achievements</h2>
          <AchievementsList items={achievements} />
        </section>
      </div>
    </div>
  );
}
