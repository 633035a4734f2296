import type { Metadata } from 'next';
import { CourseBuilder } from '@/components/golf/course-builder/course-builder';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Add a course' };

export default async function NewCoursePage() {
  const user = await requireUser('/golf/courses/new');
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Add a course</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Copy the scorecard: par, stroke index and yardage for each hole of each tee, and the course rating and slope where they
          are published.
        </p>
      </header>
      {can(user.role, 'golf-round:edit') ? (
        <CourseBuilder />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Fan accounts follow rounds; golfers add courses.</p>
      )}
    </div>
  );
}
