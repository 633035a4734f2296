// Answers that tell whether an email address has an account. Each is an enumeration oracle (a list
// of addresses in, a list of customers out), so they are counted per asker, hourly, and fail closed.
// Partner search finds only people who chose to be findable, and only by their exact address: as
// with "let people find me by email" in most social apps, off until the person turns it on.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/drizzle/schema';
import { enforce } from '@/lib/api/rate-limit-verdict';
import { hitRateLimit } from '@/lib/cache/rate-limit';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';

const emailInput = z.string().trim().max(320).pipe(z.email());

/** Counts one answer for `asker` (`user:<id>`, `ip:<address>`); throws 429, or 503 when it cannot count. */
export async function chargeAccountLookup(asker: string): Promise<void> {
  const limit = env().RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR;
  enforce(await hitRateLimit(`lookup:${asker}`, limit, 3600, undefined, { onCacheFailure: 'closed' }), 'hour');
}

export type PartnerLookup = { ok: true; id: string; name: string } | { ok: false; message: string };

/** A findable account with exactly this email, for `viewer` to add to a round; a message otherwise. */
export async function findPartnerByEmail(db: Db, viewer: { id: string; email: string }, email: unknown): Promise<PartnerLookup> {
  const parsed = emailInput.safeParse(email);
  if (!parsed.success) return { ok: false, message: 'Enter an email address.' };
  const address = parsed.data;
  if (address.toLowerCase() === viewer.email.toLowerCase()) {
    return { ok: false, message: 'That is you: you are in the round already.' };
  }
  try {
    await chargeAccountLookup(`user:${viewer.id}`);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return {
      ok: false,
      message:
        err.code === 'rate_limited'
          ? `That is ${env().RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR} addresses looked up this hour. Add them as a guest, or try again later.`
          : 'Looking up partners is paused for a moment. Try again shortly.',
    };
  }
  const [found] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${address.toLowerCase()}`, eq(users.findableByEmail, true)))
    .limit(1);
  // The same answer for "no account" and "an account that keeps to itself".
  if (!found) {
    return {
      ok: false,
      message: `No one who can be added by email uses ${address}. They can allow it on their account page; or add them as a guest.`,
    };
  }
  return { ok: true, ...found };
}
