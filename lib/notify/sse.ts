// A signed-in user's new notifications as Server-Sent Events. Postgres is the record and the
// doorbell (rung by the consumer after its commit) only a hint: on each ring, and on a slow poll for
// when pub/sub is down, the stream reads rows after the last id it sent. Each frame's id is the
// notification id, so a reconnecting browser (Last-Event-ID) misses nothing and repeats nothing.
import type { Db } from '@/lib/db/client';
import { logger } from '@/lib/log';
import { listenUser } from './doorbell';
import { latestNotificationId, notificationsAfter, unreadCount } from './inbox';
import { maskNotificationMinors } from './notification-privacy';

const encoder = new TextEncoder();
const HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
};

export function notificationStream(opts: {
  db: Db;
  userId: string;
  /** The user's role: a minor's name is masked as in the inbox (notification-privacy.ts). */
  role: string;
  /** Last-Event-ID (or `after_id`); absent: only what arrives from now on. */
  afterId: number | null;
  signal: AbortSignal;
  onClose?: () => void;
  pollMs?: number;
  heartbeatMs?: number;
}): Response {
  const { db, userId } = opts;
  let closed = false;
  let cleanup: Array<() => unknown> = [];
  const close = () => {
    if (closed) return;
    closed = true;
    for (const c of cleanup) c();
    cleanup = [];
    opts.onClose?.();
  };
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      send('retry: 2000\n\n');
      let last = 0;
      let reading: Promise<void> | null = null;
      let again = false;
      const read = async () => {
        if (reading) {
          again = true;
          return reading;
        }
        reading = (async () => {
          do {
            again = false;
            const rows = await maskNotificationMinors(
              db,
              { id: userId, role: opts.role },
              await notificationsAfter(db, userId, last),
            );
            if (rows.length === 0) continue;
            const unread = await unreadCount(db, userId);
            for (const n of rows) {
              last = n.id;
              send(`id: ${n.id}\nevent: notification\ndata: ${JSON.stringify({ notification: n, unread_count: unread })}\n\n`);
            }
          } while (again && !closed);
        })()
          .catch((err) => logger().warn({ err }, 'notification stream read failed'))
          .finally(() => {
            reading = null;
          });
        return reading;
      };
      try {
        // Join the doorbell first, then read: nothing committed in between is missed.
        const off = await listenUser(userId, () => void read());
        cleanup.push(() => off().catch(() => undefined));
        last = opts.afterId ?? (await latestNotificationId(db, userId));
      } catch (err) {
        logger().warn({ err }, 'notification stream could not start');
        last = opts.afterId ?? 0;
      }
      if (closed) return;
      const poll = setInterval(() => void read(), opts.pollMs ?? 10_000);
      const ping = setInterval(() => send(': ping\n\n'), opts.heartbeatMs ?? 15_000);
      cleanup.push(
        () => clearInterval(poll),
        () => clearInterval(ping),
        () => {
          try {
            controller.close();
          } catch {
            // Already closed by the client.
          }
        },
      );
      await read();
    },
    cancel: close,
  });
  if (opts.signal.aborted) close();
  else opts.signal.addEventListener('abort', close, { once: true });
  return new Response(body, { headers: HEADERS });
}
