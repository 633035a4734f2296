// The follow button of a page, for whoever is reading it: their follow of the target, if any.
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { findFollow } from '@/lib/notify/follows';
import { FollowButton } from './follow-button';

export async function FollowControl({
  kind,
  targetId,
  label,
}: {
  kind: 'league' | 'team' | 'player' | 'golfer';
  targetId: string | number;
  label: string;
}) {
  const user = await getCurrentUser().catch(() => null);
  const follow = user ? await findFollow(await getDb(), user.id, kind, String(targetId)) : null;
  return <FollowButton kind={kind} targetId={targetId} followId={follow?.id ?? null} signedIn={user !== null} label={label} />;
}
