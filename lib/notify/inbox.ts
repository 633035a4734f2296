// A user's notifications: newest first, paged by id, with the unread count; marked read some or all.
import { and, count, desc, eq, gt, inArray, isNull, lt } from 'drizzle-orm';
import { type NotificationKind, notifications } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

export interface NotificationView {
  id: number;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  read: boolean;
  created_at: string;
}

export const notificationView = (n: typeof notifications.$inferSelect): NotificationView => ({
  id: n.id,
  kind: n.kind,
  payload: n.payload as Record<string, unknown>,
  read: n.readAt !== null,
  created_at: n.createdAt.toISOString(),
});

/** One page, newest first: `before` an id; `limit + 1` rows so the caller knows whether more follow. */
export async function listNotifications(db: Db, userId: string, opts: { before?: number; limit: number; unreadOnly?: boolean }) {
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        opts.before ? lt(notifications.id, opts.before) : undefined,
        opts.unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(opts.limit + 1);
  return rows.map(notificationView);
}

/** Oldest first, after an id: what an open stream has not sent yet. */
export async function notificationsAfter(db: Db, userId: string, afterId: number, limit = 100) {
  const rows = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), gt(notifications.id, afterId)))
    .orderBy(notifications.id)
    .limit(limit);
  return rows.map(notificationView);
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks the given notifications (or all, without ids) read; returns how many changed. */
export async function markRead(db: Db, userId: string, ids?: readonly number[]): Promise<number> {
  const changed = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, [...ids]) : undefined),
    )
    .returning({ id: notifications.id });
  return changed.length;
}

/** The newest id, where a fresh stream starts (it sends only what comes after). */
export async function latestNotificationId(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.id))
    .limit(1);
  return row?.id ?? 0;
}
