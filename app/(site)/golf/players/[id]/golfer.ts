// The golfer a /golf/players/[id] page is about: an account id, or "me" for the signed-in golfer.
import { notFound, redirect } from 'next/navigation';
import { getCurrentUser, requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { findGolfer } from '@/lib/golf/rounds/player-rounds';
import { isUuid } from '@/lib/uuid';

export async function golferPage(id: string, suffix = '') {
  if (id === 'me') redirect(`/golf/players/${(await requireUser(`/golf/players/me${suffix}`)).id}${suffix}`);
  if (!isUuid(id)) notFound();
  const db = await getDb();
  const golfer = await findGolfer(db, id.toLowerCase());
  if (!golfer) notFound();
  const user = await getCurrentUser().catch(() => null);
  return { db, golfer, isMe: user?.id === golfer.id, user };
}
