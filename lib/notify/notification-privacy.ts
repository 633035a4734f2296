// Youth privacy for notifications: a personal best names its player, and a minor's name is shown
// only to members of their team's scope (lib/leagues/privacy.ts). A follow of a hidden minor is
// refused, but a player can become a minor (a youth roster) or a viewer can leave a team after the
// notification was written, so the name is masked when it is shown, not when it is stored.

import type { Db } from '@/lib/db/client';
import { hiddenMinorIds, initialsOf, type PrivacyViewer } from '@/lib/leagues/privacy';
import type { NotificationView } from './inbox';

const playerOf = (n: NotificationView): number | null => {
  const id = n.kind === 'personal_best' ? n.payload.player_id : undefined;
  return typeof id === 'number' ? id : null;
};

export async function maskNotificationMinors(
  db: Db,
  viewer: PrivacyViewer,
  items: NotificationView[],
): Promise<NotificationView[]> {
  const ids = items.map(playerOf).filter((id): id is number => id !== null);
  if (ids.length === 0) return items;
  const hidden = await hiddenMinorIds(db, viewer, ids);
  if (hidden.size === 0) return items;
  return items.map((n) => {
    const id = playerOf(n);
    if (id === null || !hidden.has(id)) return n;
    return { ...n, payload: { ...n.payload, player_name: initialsOf(String(n.payload.player_name ?? '')) } };
  });
}
