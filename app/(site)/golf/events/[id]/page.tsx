import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EventBoard } from '@/components/golf/events/event-board';
import { EventGroups } from '@/components/golf/events/event-groups';
import { EventSetup } from '@/components/golf/events/event-setup';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { eventBoardNow, listGroups, visibleEvent } from '@/lib/golf/events/read';

export const metadata: Metadata = { title: 'Golf event' };

// The live leaderboard: rendered as it stands, then kept up to date over the event's stream.
export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const db = await getDb();
  const user = await getCurrentUser().catch(() => null);
  const event = await visibleEvent(db, id, user ? { id: user.id, role: user.role } : null);
  if (!event) notFound();
  const [{ board, lastSeq, holes }, groups] = await Promise.all([eventBoardNow(db, event), listGroups(db, event.id)]);
  const organises = user !== null && (user.id === event.createdBy || user.role === 'admin');
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <nav className="text-sm">
        <Link href="/golf/events" className="text-brand-600 hover:underline dark:text-brand-500">
          All events
        </Link>
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">{event.name}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          From {event.startDate} · {event.rounds} round{event.rounds > 1 ? 's' : ''} · {event.format.replace('_', ' ')} · handicap
          allowance {Math.round(event.allowance * 100)}%
        </p>
      </header>
      <EventBoard eventId={event.id} initial={board} lastSeq={lastSeq} rounds={event.rounds} holes={holes} />
      <EventGroups groups={groups} />
      {organises ? <EventSetup eventId={event.id} rounds={event.rounds} startDate={event.startDate} /> : null}
    </div>
  );
}
