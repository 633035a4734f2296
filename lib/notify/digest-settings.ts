// How often a user wants their notifications by email. Off unless they choose otherwise: following
// a team is not consent to mail, and accounts made before digests existed never asked for any.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type DigestFrequency, digestSettings, notifications } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

export interface DigestView {
  frequency: DigestFrequency;
  last_sent_at: string | null;
}

export async function getDigest(db: Db, userId: string): Promise<DigestView> {
  const [row] = await db.select().from(digestSettings).where(eq(digestSettings.userId, userId));
  return { frequency: row?.frequency ?? 'off', last_sent_at: row?.lastSentAt?.toISOString() ?? null };
}

/**
 * Turning digests on starts them from now: what the user was notified of before is in their inbox,
 * and a first digest listing months of old notifications would be noise.
 */
export async function setDigestFrequency(db: Db, userId: string, frequency: DigestFrequency): Promise<DigestView> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(digestSettings).where(eq(digestSettings.userId, userId)).for('update');
    const wasOn = before !== undefined && before.frequency !== 'off';
    if (!wasOn && frequency !== 'off') {
      await tx
        .update(notifications)
        .set({ digestedAt: sql`now()` })
        .where(and(eq(notifications.userId, userId), isNull(notifications.digestedAt)));
    }
    const [row] = await tx
      .insert(digestSettings)
      .values({ userId, frequency })
      .onConflictDoUpdate({ target: digestSettings.userId, set: { frequency, updatedAt: sql`now()` } })
      .returning();
    return { frequency: row?.frequency ?? frequency, last_sent_at: row?.lastSentAt?.toISOString() ?? null };
  });
}
