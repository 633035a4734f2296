// The golfer a /golf/players/[id] page is about: an account id, or "me" for the signed-in golfer.
import { notFound, redirect } from 'next/navigation';
import { getCurrentUser, requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { findVisibleGolfer } from '@/lib/golf/privacy';
import { isUuid } from '@/lib/uuid';

export async function golferPage(id: string, suffix = '') {
  if (id === 'me') redirect(`/golf/players/${(await requireUser(`/golf/players/me${suffix}`)).id}${suffix}`);
  if (!isUuid(id)) notFound();
  const db = await getDb();
  const user = await getCurrentUser().catch(() => null);
  // A private golfer's pages do not exist for anyone but them and admins.
  const golfer = await findVisibleGolfer(db, id.toLowerCase(), user);
  if (!golfer) notFound();
  return { db, golfer, isMe: user?.id === golfer.id, user };
}
