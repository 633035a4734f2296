import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { RoundScorer } from '@/components/golf/scorecard/round-scorer';
import { RoundViewer } from '@/components/golf/scorecard/round-viewer';
import { authorize } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { findTee } from '@/lib/golf/courses/queries';
import { eventScorersOfRound } from '@/lib/golf/events/read';
import { roundVisibleTo } from '@/lib/golf/privacy';
import { getRoundView } from '@/lib/golf/rounds/read';
import { isUuid } from '@/lib/uuid';

export const metadata: Metadata = { title: 'Golf round' };

// The round's players get the scorecard to write; anyone else follows it read-only (a shared link).
export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const db = await getDb();
  const user = await getCurrentUser();
  // A round with a private golfer in it does not exist for anyone not playing in it (but admins).
  const visible = isUuid(id) && (await roundVisibleTo(db, id.toLowerCase(), user));
  const round = visible ? await getRoundView(db, id.toLowerCase()) : null;
  if (!round) notFound();
  const playerIds = round.players.flatMap((p) => (p.user_id ? [p.user_id] : []));
  // A group of a golf event is also its organiser's and scorers' to write.
  const scorerIds = user ? await eventScorersOfRound(db, round.id) : [];
  const writer = user ? await authorize(db, user, 'golf-round:edit', { kind: 'round', playerIds, scorerIds }) : false;
  // The round view carries the tee's shared stroke index only; the hole screen needs the women's too.
  const strokeIndexWomen = writer ? ((await findTee(db, round.tee.id))?.tee.strokeIndexWomen ?? null) : null;
  return (
    <div className="mx-auto max-w-xl space-y-3">
      <nav className="flex gap-4 text-sm">
        <Link href="/golf" className="text-brand-600 hover:underline dark:text-brand-500">
          Golf
        </Link>
        {user ? (
          <Link href={`/golf/players/${user.id}`} className="text-brand-600 hover:underline dark:text-brand-500">
            My dashboard
          </Link>
        ) : null}
      </nav>
      {writer && user ? (
        <RoundScorer initial={round} userId={user.id} strokeIndexWomen={strokeIndexWomen} />
      ) : (
        <RoundViewer initial={round} />
      )}
    </div>
  );
}
