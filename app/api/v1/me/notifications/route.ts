import { z } from 'zod';
import { listNotificationsContract } from '@/lib/api/contracts/notify';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { listNotifications, unreadCount } from '@/lib/notify/inbox';
import { maskNotificationMinors } from '@/lib/notify/notification-privacy';

export const GET = apiRoute(listNotificationsContract, async ({ db, user, query }) => {
  const before = decodeCursor(query.cursor, z.tuple([z.number().int().positive()]));
  const rows = await listNotifications(db, user.id, {
    before: before?.[0],
    limit: query.per_page,
    unreadOnly: query.unread === 'true',
  });
  const page = pageOf(await maskNotificationMinors(db, user, rows), query.per_page, (n) => [n.id]);
  return {
    data: page.data,
    meta: { ...page.meta, unread_count: await unreadCount(db, user.id) },
    headers: { 'cache-control': 'no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
