import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { NewEventForm } from '@/components/golf/events/new-event-form';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { listCourseViews } from '@/lib/golf/courses/list';

export const metadata: Metadata = { title: 'New golf event' };

export default async function NewEventPage() {
  await connection();
  const user = await getCurrentUser().catch(() => null);
  if (!user) redirect('/sign-in?callbackUrl=%2Fgolf%2Fevents%2Fnew');
  if (!can(user.role, 'golf-event:create')) redirect('/golf/events');
  const courses = await listCourseViews(await getDb(), { limit: 100 });
  const tees = courses.flatMap((c) => c.tees.map((t) => ({ courseId: c.id, teeId: t.id, label: `${c.name} — ${t.name}` })));
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Organise an event</h1>
      <NewEventForm tees={tees} today={new Date().toISOString().slice(0, 10)} />
    </div>
  );
}
