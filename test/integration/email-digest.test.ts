// Email digests end to end: a real SMTP server receives them. A daily digest lists each unread
// notification once, with links; a second run the same day sends nothing; two senders racing mail
// each notification once; digests off (the default) mail nothing; a minor's name stays initials for
// a follower outside their team. The setting is read and changed over the API. The followed-games
// feed brings the games of a followed player's team.
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as digestRoute from '../../app/api/v1/me/digest/route';
import * as feedRoute from '../../app/api/v1/me/feed/route';
import { leagues, notifications } from '../../drizzle/schema';
import { sendMail } from '../../lib/auth/mail';
import type { Db } from '../../lib/db/client';
import { sendDueDigests } from '../../lib/notify/digest';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';
import { makeLiveGame, makeTeam } from '../support/live-game';
import { follow } from '../support/notify';
import { type SmtpInbox, startSmtpInbox } from '../support/smtp-inbox';

let app: TestApp;
let inbox: SmtpInbox;
const SITE = 'http://statline.example';
beforeAll(async () => {
  inbox = await startSmtpInbox();
  app = await startTestApp({ SMTP_URL: inbox.url, NEXTAUTH_URL: SITE });
});
afterAll(async () => {
  await app?.close();
  await inbox?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response): Promise<any> => res.json();
const run = () => sendDueDigests(app.database.db, { baseUrl: SITE, send: sendMail });
const mailsTo = (email: string) => inbox.messages.filter((m) => m.to.includes(email.toLowerCase()));

async function fanWithDigest(frequency?: 'off' | 'daily' | 'weekly') {
  const user = await makeUser(app.database.db, 'fan');
  const headers = { cookie: await sessionCookie(user.id, 'fan') };
  if (frequency) {
    const res = await call(digestRoute.PATCH, { method: 'PATCH', path: '/api/v1/me/digest', body: { frequency }, headers });
    expect(res.status, await res.clone().text()).toBe(200);
  }
  return { ...user, headers };
}

/** `n` game_ended notifications for the user, like the notify consumer writes. */
async function notify(db: Db, userId: string, n: number, first = 1000) {
  const rows = Array.from({ length: n }, (_, i) => ({
    userId,
    kind: 'game_ended' as const,
    key: `game_ended:${first + i}:${randomUUID()}`,
    sourceEventId: randomUUID(),
    payload: {
      game_id: first + i,
      home: { id: 1, name: `Home ${first + i}`, score: 70 + i },
      away: { id: 2, name: `Away ${first + i}`, score: 60 + i },
    },
  }));
  return db.insert(notifications).values(rows).returning();
}

describe('email digests', () => {
  it('are off by default, and chosen over the API', async () => {
    const user = await fanWithDigest();
    const get = async () => json(await call(digestRoute.GET, { path: '/api/v1/me/digest', headers: user.headers }));
    expect((await get()).data).toEqual({ frequency: 'off', last_sent_at: null });
    const bad = await call(digestRoute.PATCH, {
      method: 'PATCH',
      path: '/api/v1/me/digest',
      body: { frequency: 'hourly' },
      headers: user.headers,
    });
    expect(bad.status).toBe(400);
    const anon = await call(digestRoute.GET, { path: '/api/v1/me/digest' });
    expect(anon.status).toBe(401);
    await call(digestRoute.PATCH, {
      method: 'PATCH',
      path: '/api/v1/me/digest',
      body: { frequency: 'weekly' },
      headers: user.headers,
    });
    expect((await get()).data.frequency).toBe('weekly');
  });

  it('mails a daily user one message listing their three notifications; a second run sends nothing', async () => {
    const db = app.database.db;
    const user = await fanWithDigest('daily');
    const notes = await notify(db, user.id, 3, 2000);
    await run();
    const mail = await inbox.next(user.email);
    for (const n of [2000, 2001, 2002]) {
      expect(mail.text).toContain(`Final: Away ${n} ${60 + n - 2000}, Home ${n} ${70 + n - 2000}`);
      expect(mail.text).toContain(`${SITE}/basketball/games/${n}`);
    }
    expect(mail.text).toContain(`${SITE}/my#email-digest`);
    expect(mail.raw).toMatch(/content-type: text\/html/i);
    expect(mail.raw).toMatch(/list-unsubscribe: <http:\/\/statline\.example\/my#email-digest>/i);
    const stored = await db
      .select()
      .from(notifications)
      .where(
        inArray(
          notifications.id,
          notes.map((n) => n.id),
        ),
      );
    expect(stored.every((n) => n.digestedAt !== null)).toBe(true);

    await run();
    // A notification after today's digest waits for tomorrow's.
    await notify(db, user.id, 1, 2100);
    await run();
    expect(mailsTo(user.email)).toHaveLength(1);
  });

  it('two senders racing mail each notification exactly once', async () => {
    const db = app.database.db;
    const users = await Promise.all([1, 2, 3, 4].map(() => fanWithDigest('daily')));
    for (const [i, u] of users.entries()) await notify(db, u.id, 2, 3000 + i * 10);
    const [a, b] = await Promise.all([run(), run()]);
    expect((a?.notifications ?? 0) + (b?.notifications ?? 0)).toBeGreaterThanOrEqual(8);
    for (const [i, u] of users.entries()) {
      const mails = mailsTo(u.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.text).toContain(`/basketball/games/${3000 + i * 10}`);
      expect(mails[0]?.text).toContain(`/basketball/games/${3001 + i * 10}`);
    }
  });

  it('mails no one whose digests are off, and leaves notifications read in the app out', async () => {
    const db = app.database.db;
    const off = await fanWithDigest();
    const turnedOff = await fanWithDigest('daily');
    await call(digestRoute.PATCH, {
      method: 'PATCH',
      path: '/api/v1/me/digest',
      body: { frequency: 'off' },
      headers: turnedOff.headers,
    });
    await notify(db, off.id, 2, 4000);
    await notify(db, turnedOff.id, 2, 4100);
    const reader = await fanWithDigest('weekly');
    const [seen] = await notify(db, reader.id, 2, 4200);
    await db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(eq(notifications.id, seen?.id ?? 0));
    await run();
    const mail = await inbox.next(reader.email);
    expect(mail.text).toContain('/basketball/games/4201');
    expect(mail.text).not.toContain('/basketball/games/4200');
    expect(mailsTo(off.email)).toHaveLength(0);
    expect(mailsTo(turnedOff.email)).toHaveLength(0);
  });

  it('shows a minor’s personal best as initials to a follower outside their team', async () => {
    const db = app.database.db;
    const coach = await makeUser(db, 'coach');
    const [league] = await db
      .insert(leagues)
      .values({ slug: `youth-${randomUUID().slice(0, 8)}`, name: 'Digest Youth', sport: 'basketball', level: 'youth' })
      .returning();
    const team = await makeTeam(db, coach.id, 2, league?.id);
    const user = await fanWithDigest('daily');
    const playerId = team.players[0] as number;
    await db.insert(notifications).values({
      userId: user.id,
      kind: 'personal_best',
      key: `personal_best:1:${playerId}`,
      sourceEventId: randomUUID(),
      payload: { game_id: 5000, player_id: playerId, player_name: 'Ava Reyes', points: 20, previous_best: 12 },
    });
    await run();
    const mail = await inbox.next(user.email);
    expect(mail.text).toContain('A. R. scored 20 points');
    expect(mail.text).not.toContain('Ava Reyes');
  });
});

describe('the followed-games feed', () => {
  it('holds the games of a followed player’s team', async () => {
    const db = app.database.db;
    const coach = await makeUser(db, 'coach');
    const g = await makeLiveGame(db, { homeCoachId: coach.id, visitorCoachId: coach.id });
    const user = await fanWithDigest();
    const feed = async () => json(await call(feedRoute.GET, { path: '/api/v1/me/feed', headers: user.headers }));
    expect((await feed()).data.upcoming.map((x: { id: number }) => x.id)).not.toContain(g.gameId);
    await follow(db, [user.id], 'player', g.visitor.players[2] as number);
    expect((await feed()).data.upcoming.map((x: { id: number }) => x.id)).toContain(g.gameId);
  });

  it('leaves out the games of a followed minor the user may not see', async () => {
    const db = app.database.db;
    const coach = await makeUser(db, 'coach');
    const [league] = await db
      .insert(leagues)
      .values({ slug: `youth-${randomUUID().slice(0, 8)}`, name: 'Feed Youth', sport: 'basketball', level: 'youth' })
      .returning();
    const g = await makeLiveGame(db, { homeCoachId: coach.id, visitorCoachId: coach.id, leagueId: league?.id });
    const user = await fanWithDigest();
    // Followed before they were on a youth roster (a follow of a hidden minor is refused).
    await follow(db, [user.id], 'player', g.home.players[0] as number);
    const feed = await json(await call(feedRoute.GET, { path: '/api/v1/me/feed', headers: user.headers }));
    expect(feed.data.upcoming.map((x: { id: number }) => x.id)).not.toContain(g.gameId);
  });
});
