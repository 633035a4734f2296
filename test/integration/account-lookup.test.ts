// Whether an email has an account is told only to those who may know: partner search finds people
// who chose to be findable, by their exact address; every such answer (partner search, sign-up's
// "email in use") is counted per asker, hourly, and holds under a concurrent burst.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as SIGN_UP } from '../../app/api/v1/accounts/route';
import { auditLog } from '../../drizzle/schema';
import { findPartnerByEmail } from '../../lib/auth/account-lookup';
import { setFindableByEmail } from '../../lib/auth/users';
import { startTestApp, type TestApp } from '../support/app';
import { delayCache } from '../support/cache-faults';
import { call, makeUser } from '../support/callers';

const LOOKUPS = 5;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR: String(LOOKUPS), TRUSTED_PROXY_HOPS: '1' });
});
afterAll(async () => {
  await app?.close();
});

const notFindable = (email: string) =>
  `No one who can be added by email uses ${email}. They can allow it on their account page; or add them as a guest.`;

describe('partner search by email', () => {
  it('finds only people who chose to be findable, by their exact address, and says the same otherwise', async () => {
    const viewer = await makeUser(app.database.db, 'player');
    const partner = await makeUser(app.database.db, 'player');
    const find = (email: unknown) => findPartnerByEmail(app.database.db, viewer, email);
    // An account that keeps to itself answers exactly as no account does.
    expect(await find(partner.email)).toEqual({ ok: false, message: notFindable(partner.email) });
    expect(await find('nobody-at-all@example.com')).toEqual({ ok: false, message: notFindable('nobody-at-all@example.com') });
    await setFindableByEmail(app.database.db, { userId: partner.id, ip: '203.0.113.9' }, true);
    expect(await find(` ${partner.email.toUpperCase()} `)).toEqual({ ok: true, id: partner.id, name: partner.name });
    // Exact addresses only: no prefixes, no patterns.
    expect((await find(partner.email.replace('@', '%@'))).ok).toBe(false);
    const [audit] = await app.database.db.select().from(auditLog).where(eq(auditLog.action, 'account.findable-by-email'));
    expect(audit).toMatchObject({ actorId: partner.id, ip: '203.0.113.9', details: { findable: true } });
    await setFindableByEmail(app.database.db, { userId: partner.id }, false);
    expect((await find(partner.email)).ok).toBe(false);
  });

  it('answers bad input and the searcher themself without a lookup', async () => {
    const viewer = await makeUser(app.database.db, 'player');
    const find = (email: unknown) => findPartnerByEmail(app.database.db, viewer, email);
    for (const bad of ['', 'not an email', `${'a'.repeat(320)}@example.com`, 42, null, { email: 'x@y.z' }]) {
      expect(await find(bad)).toEqual({ ok: false, message: 'Enter an email address.' });
    }
    expect(await find(viewer.email)).toEqual({ ok: false, message: 'That is you: you are in the round already.' });
    // None of those counted: the whole budget is still there.
    const answers = await Promise.all(Array.from({ length: LOOKUPS }, (_, i) => find(`free${i}@example.com`)));
    expect(answers.every((a) => !a.ok && a.message.startsWith('No one'))).toBe(true);
  });

  it('answers at most the hourly budget of a concurrent burst, per searcher', async () => {
    const viewer = await makeUser(app.database.db, 'player');
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => findPartnerByEmail(app.database.db, viewer, `probe${i}@example.com`)),
    );
    const told = answers.filter((a) => !a.ok && a.message.startsWith('No one'));
    const refused = answers.filter((a) => !a.ok && a.message.includes('looked up this hour'));
    expect([told.length, refused.length]).toEqual([LOOKUPS, 40 - LOOKUPS]);
    // Another searcher has their own budget.
    const other = await makeUser(app.database.db, 'player');
    expect(await findPartnerByEmail(app.database.db, other, 'probe0@example.com')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^No one/),
    });
  });

  it('refuses rather than answering uncounted while the cache is too slow', async () => {
    const viewer = await makeUser(app.database.db, 'player');
    const slow = delayCache(1500);
    try {
      expect(await findPartnerByEmail(app.database.db, viewer, 'someone@example.com')).toEqual({
        ok: false,
        message: 'Looking up partners is paused for a moment. Try again shortly.',
      });
    } finally {
      slow.restore();
    }
  });
});

describe("sign-up's email in use", () => {
  it('is told at most the hourly budget of times per address, even in a concurrent burst', async () => {
    const taken = await makeUser(app.database.db, 'fan');
    const signUp = (ip: string, email: string) =>
      call(SIGN_UP, {
        method: 'POST',
        headers: { 'x-forwarded-for': ip },
        body: { email, name: 'Prober', password: 'long enough password' },
      });
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () => signUp('198.51.100.60', taken.email).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 409)).toHaveLength(LOOKUPS);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - LOOKUPS);
    const refused = await signUp('198.51.100.60', `new-${Date.now()}@example.com`);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(/per hour/);
    // Another address still signs up.
    expect((await signUp('198.51.100.61', `fresh-${Date.now()}@example.com`)).status).toBe(201);
  });
});
