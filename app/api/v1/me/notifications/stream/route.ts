import { notificationStreamContract } from '@/lib/api/contracts/notify';
import { apiRoute } from '@/lib/api/route';
import { acquireStreamSlot } from '@/lib/api/stream-slots';
import { sseHeadResponse } from '@/lib/events/sse';
import { notificationStream } from '@/lib/notify/sse';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(notificationStreamContract, async ({ req, db, user, principal, ip, query }) => {
  if (req.method === 'HEAD') return { data: null, raw: sseHeadResponse() };
  const header = Number.parseInt(req.headers.get('last-event-id') ?? '', 10);
  const afterId = Number.isSafeInteger(header) && header >= 0 ? header : (query.after_id ?? null);
  // Taken last, with nothing awaited after it before the stream owns it.
  const release = acquireStreamSlot(principal, ip);
  return {
    data: null,
    raw: notificationStream({ db, userId: user.id, role: user.role, afterId, signal: req.signal, onClose: release }),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
