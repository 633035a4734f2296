// The email digest sender: for each user whose daily or weekly digest is due, one mail listing the
// unread notifications no digest has included yet.
//
// Delivery is at-least-once. Each user is one transaction: lock their digest row (FOR UPDATE SKIP
// LOCKED, so a second replica running at the same moment takes another user or none), claim their
// notifications (UPDATE … SET digested_at WHERE digested_at IS NULL RETURNING), send the mail, and
// only then commit. A crash or an SMTP failure before the commit rolls the claim back and the next
// run sends them again; nothing is lost. The one way to get a mail twice is a crash between the SMTP
// server accepting it and the COMMIT, a window of milliseconds, and the mail carries a Message-ID
// made from what it lists, so a receiving server can drop the copy. Losing a digest silently (the
// at-most-once order: commit, then send) would be worse than a rare duplicate of a summary whose
// items are in the inbox on /my anyway.
import { createHash } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { digestSettings, notifications } from '@/drizzle/schema';
import type { MailMessage } from '@/lib/auth/mail';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { logger } from '@/lib/log';
import { digestSettingsUrl, renderDigest } from './digest-mail';
import { notificationView } from './inbox';
import { maskNotificationMinors } from './notification-privacy';

/** How long one mail may take before its claim is rolled back (the row locks are held meanwhile). */
const SEND_TIMEOUT_MS = 30_000;

export interface DigestRun {
  /** Users mailed. */
  mailed: number;
  /** Notifications listed in those mails. */
  notifications: number;
  /** Users whose mail failed (their notifications stay unclaimed for the next run). */
  failed: number;
}

interface DueRow {
  user_id: string;
  frequency: 'daily' | 'weekly';
  email: string;
  name: string;
  role: string;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`mail not sent within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends every due digest, one user at a time, and returns what it did. Due: digests on, none sent
 * yet this UTC day (daily) or ISO week (weekly), and some notification not yet in a digest.
 */
export async function sendDueDigests(
  db: Db,
  opts: { baseUrl: string; send: (message: MailMessage) => Promise<void>; now?: Date },
): Promise<DigestRun> {
  const now = (opts.now ?? new Date()).toISOString();
  const run: DigestRun = { mailed: 0, notifications: 0, failed: 0 };
  const skip: string[] = [];
  for (;;) {
    let current: string | undefined;
    try {
      const done = await db.transaction(async (tx) => {
        const res = await tx.execute(sql`
          select ds.user_id, ds.frequency, u.email, u.name, u.role
          from digest_settings ds join users u on u.id = ds.user_id
          where ds.frequency <> 'off' and u.deleted_at is null and u.disabled_at is null
            and (ds.last_sent_at is null or ds.last_sent_at < (date_trunc(
                  case ds.frequency when 'daily' then 'day' else 'week' end,
                  ${now}::timestamptz at time zone 'UTC') at time zone 'UTC'))
            and exists (select 1 from notifications n where n.user_id = ds.user_id and n.digested_at is null)
            and not (ds.user_id = any(${`{${skip.join(',')}}`}::uuid[]))
          order by ds.user_id
          limit 1
          for update of ds skip locked`);
        const due = rowsOf<DueRow>(res)[0];
        if (!due) return null;
        current = due.user_id;
        const claimed = await tx
          .update(notifications)
          .set({ digestedAt: sql`${now}::timestamptz` })
          .where(and(eq(notifications.userId, due.user_id), isNull(notifications.digestedAt)))
          .returning();
        // Read in the app already: claimed, so never mailed, but not worth a line.
        const unread = claimed
          .filter((n) => n.readAt === null)
          .sort((a, b) => a.id - b.id)
          .map(notificationView);
        if (unread.length === 0) return { listed: 0 };
        const shown = await maskNotificationMinors(tx, { id: due.user_id, role: due.role }, unread);
        const mail = renderDigest({ name: due.name, frequency: due.frequency, notifications: shown, baseUrl: opts.baseUrl });
        const ids = shown.map((n) => n.id).join(',');
        const host = new URL(opts.baseUrl).hostname || 'statline.invalid';
        await withTimeout(
          opts.send({
            to: due.email,
            ...mail,
            headers: {
              'Message-ID': `<digest-${createHash('sha256').update(`${due.user_id}:${ids}`).digest('hex').slice(0, 32)}@${host}>`,
              'List-Unsubscribe': `<${digestSettingsUrl(opts.baseUrl)}>`,
            },
          }),
          SEND_TIMEOUT_MS,
        );
        await tx
          .update(digestSettings)
          .set({ lastSentAt: sql`${now}::timestamptz` })
          .where(eq(digestSettings.userId, due.user_id));
        return { listed: shown.length };
      });
      if (done === null) return run;
      if (done.listed > 0) {
        run.mailed++;
        run.notifications += done.listed;
      }
    } catch (err) {
      // Rolled back: this user's notifications wait for the next run; the others go on now.
      if (current === undefined) throw err;
      skip.push(current);
      run.failed++;
      logger().warn({ err, userId: current }, 'digest: mail failed');
    }
  }
}
