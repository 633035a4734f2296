import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DifferentialsTable } from '@/components/golf/handicap/differentials-table';
import { IndexCalculation } from '@/components/golf/handicap/index-calculation';
import { NotPostedList } from '@/components/golf/handicap/not-posted-list';
import { WhatIfForm } from '@/components/golf/handicap/what-if-form';
import { firstCoursePicks } from '@/lib/golf/courses/picks';
import { handicapReport } from '@/lib/golf/rounds/handicap-report';
import { listPlayerRounds } from '@/lib/golf/rounds/player-rounds';
import { golferPage } from '../golfer';

export const metadata: Metadata = { title: 'Handicap audit' };

export default async function HandicapAuditPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { db, golfer, user } = await golferPage((await params).id, '/handicap');
  const [report, [latest]] = await Promise.all([
    handicapReport(db, golfer.id),
    listPlayerRounds(db, golfer.id, { limit: 1, viewer: user }),
  ]);
  const { courses, more } = await firstCoursePicks(db, latest?.course.id);
  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Handicap audit: {golfer.name}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          World Handicap System: each score's Adjusted Gross Score (every hole capped at Net Double Bogey), its differential (113
          ÷ slope × (AGS − course rating)), which of the latest 20 counted, and the caps applied.{' '}
          <Link href={`/golf/players/${golfer.id}`} className="text-brand-700 underline underline-offset-2 dark:text-brand-500">
            Back to the dashboard
          </Link>
        </p>
      </header>
      <IndexCalculation report={report} />
      <section className="space-y-2 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 className="text-lg font-semibold">What if…</h2>
        <WhatIfForm golferId={golfer.id} courses={courses} more={more} defaultTeeId={latest?.tee.id} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Every differential</h2>
        <DifferentialsTable record={report.record} />
      </section>
      <NotPostedList rounds={report.not_posted} />
    </div>
  );
}
