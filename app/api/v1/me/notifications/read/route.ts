import { markNotificationsReadContract } from '@/lib/api/contracts/notify';
import { apiRoute } from '@/lib/api/route';
import { markRead, unreadCount } from '@/lib/notify/inbox';

export const POST = apiRoute(markNotificationsReadContract, async ({ db, user, body }) => {
  const marked = await markRead(db, user.id, body.ids);
  return { data: { marked, unread_count: await unreadCount(db, user.id) } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
