import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { CourseList } from '@/components/golf/courses/course-list';
import { RoundsAwaiting } from '@/components/golf/rounds-awaiting';
import { RoundsList } from '@/components/golf/rounds-list';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { listCourses } from '@/lib/golf/courses/queries';
import { toCourseView } from '@/lib/golf/courses/view';
import { listPlayerRounds, listRoundsAwaitingConfirmation } from '@/lib/golf/rounds/player-rounds';

export const metadata: Metadata = { title: 'Golf' };

const action =
  'inline-flex min-h-12 items-center justify-center rounded-lg px-4 text-base font-semibold border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

export default async function GolfPage() {
  await connection();
  const db = await getDb();
  const user = await getCurrentUser().catch(() => null);
  const [courses, rounds, awaiting] = await Promise.all([
    listCourses(db, { limit: 100 }),
    user ? listPlayerRounds(db, user.id, { limit: 20 }) : Promise.resolve([]),
    user ? listRoundsAwaitingConfirmation(db, user.id) : Promise.resolve([]),
  ]);
  const playing = rounds.filter((r) => r.status === 'in_progress');
  const golfer = user && can(user.role, 'golf-round:edit');
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Golf</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Score rounds hole by hole on your phone, see your stats the moment you finish, and a World Handicap System index you can
          audit score by score.
        </p>
        {user ? (
          <div className="flex flex-col gap-2 sm:flex-row">
            {golfer ? (
              <Link href="/golf/rounds/new" className={`${action} border-transparent bg-brand-600 text-white hover:bg-brand-700`}>
                Start a round
              </Link>
            ) : null}
            <Link href={`/golf/players/${user.id}`} className={action}>
              My golf dashboard
            </Link>
            <Link href={`/golf/players/${user.id}/handicap`} className={action}>
              My handicap
            </Link>
          </div>
        ) : (
          <p className="text-sm">
            <Link href="/sign-in?callbackUrl=%2Fgolf" className="text-brand-600 hover:underline dark:text-brand-500">
              Sign in
            </Link>{' '}
            to start a round and keep your handicap.
          </p>
        )}
      </header>
      <RoundsAwaiting rounds={awaiting} />
      {playing.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Rounds in progress</h2>
          <RoundsList rounds={playing} testId="rounds-in-progress" />
        </section>
      ) : null}
      <section className="space-y-2">
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">Courses</h2>
          {golfer ? (
            <Link href="/golf/courses/new" className="text-sm text-brand-600 hover:underline dark:text-brand-500">
              Add a course
            </Link>
          ) : null}
        </div>
        <CourseList courses={courses.map(toCourseView)} />
      </section>
    </div>
  );
}
