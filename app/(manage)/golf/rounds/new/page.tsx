import type { Metadata } from 'next';
import Link from 'next/link';
import { StartRoundForm } from '@/components/golf/start/start-round-form';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { firstCoursePicks } from '@/lib/golf/courses/picks';
import { listPlayerRounds } from '@/lib/golf/rounds/player-rounds';
import { findPartnerByEmail } from './actions';

export const metadata: Metadata = { title: 'Start a round' };

export default async function NewRoundPage() {
  const user = await requireUser('/golf/rounds/new');
  if (!can(user.role, 'golf-round:edit')) {
    return (
      <div className="mx-auto max-w-xl space-y-3" data-testid="start-forbidden">
        <h1 className="text-2xl font-bold tracking-tight">Start a round</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Fan accounts follow rounds; golfers enter them. Ask an admin to make your account a player account.
        </p>
      </div>
    );
  }
  const db = await getDb();
  const [latest] = await listPlayerRounds(db, user.id, { limit: 1 });
  const { courses, more } = await firstCoursePicks(db, latest?.course.id);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Start a round</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Pick the course and tees, add up to three partners, and score it hole by hole on your phone.{' '}
          <Link href="/golf" className="text-brand-600 hover:underline dark:text-brand-500">
            All courses
          </Link>
        </p>
      </header>
      <StartRoundForm
        courses={courses}
        more={more}
        last={latest ? { courseId: latest.course.id, teeId: latest.tee.id } : null}
        findPartner={findPartnerByEmail}
      />
    </div>
  );
}
