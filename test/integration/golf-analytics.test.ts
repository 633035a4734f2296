// The golf-analytics consumer: what it materializes, that a run stopped or crashed mid-stream ends
// exactly where one uninterrupted run does (nothing counted twice, every achievement appended once),
// and that it catches up after the database or Redis was briefly unavailable.
import { asc, eq, sql } from 'drizzle-orm';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, golfAchievements, golfGolferCourses, golfGolferRounds, golfGolferStats } from '../../drizzle/schema';
import { createCache } from '../../lib/cache';
import type { Db } from '../../lib/db/client';
import { runConsumerBatch } from '../../lib/events/consumer';
import {
  GOLF_ANALYTICS_CONSUMER,
  handleGolfBatch,
  resetGolfAnalytics,
  runGolfAnalytics,
} from '../../lib/golf/analytics/consumer';
import { startGolfAnalyticsLoop } from '../../lib/golf/analytics/trigger';
import { scoreHole } from '../../lib/golf/rounds/score';
import { golferStream } from '../../lib/golf/tags';
import { startTestApp, type TestApp } from '../support/app';
import { makeUser } from '../support/callers';
import { addFictionalCourse, golf, type TestCourse } from '../support/golf-api';
import { analyticsCaughtUp, cardOver, playRound } from '../support/golf-rounds';
import { startRedisServer } from '../support/redis-server';

let app: TestApp;
let db: Db;
let links: TestCourse;
beforeAll(async () => {
  app = await startTestApp();
  db = app.database.db;
  links = await addFictionalCourse(db);
});
afterAll(async () => {
  await app?.close();
});

const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i * 7)).toISOString().slice(0, 10);

/** Everything the consumer owns, in a stable order and without timestamps. */
async function snapshot(userIds: string[]) {
  const inUsers = sql`user_id in (${sql.join(
    userIds.map((u) => sql`${u}`),
    sql`, `,
  )})`;
  const stats = await db.select().from(golfGolferStats).where(inUsers).orderBy(asc(golfGolferStats.userId));
  return {
    rounds: await db
      .select()
      .from(golfGolferRounds)
      .where(inUsers)
      .orderBy(asc(golfGolferRounds.userId), asc(golfGolferRounds.roundId)),
    stats: stats.map(({ updatedAt: _, ...s }) => s),
    courses: await db
      .select()
      .from(golfGolferCourses)
      .where(inUsers)
      .orderBy(asc(golfGolferCourses.userId), asc(golfGolferCourses.courseId)),
    achievements: (await db.select().from(golfAchievements).where(inUsers).orderBy(asc(golfAchievements.eventId))).map(
      ({ createdAt: _, ...a }) => a,
    ),
    streams: await db
      .select({ stream: events.stream, seq: events.seq, id: events.id, type: events.type, data: events.data })
      .from(events)
      .where(
        sql`${events.stream} in (${sql.join(
          userIds.map((u) => sql`${golferStream(u)}`),
          sql`, `,
        )})`,
      )
      .orderBy(asc(events.stream), asc(events.seq)),
  };
}

describe('golf analytics consumer', () => {
  it('materializes scoring average, bests, averages by par, distribution and trends', async () => {
    const a = await makeUser(db, 'player');
    const grosses = [90, 86, 95, 84];
    for (const [i, over] of grosses.map((g) => g - 72).entries()) {
      await playRound(db, {
        userIds: [a.id],
        courseId: links.courseId,
        teeId: links.tees.White,
        date: day(i),
        cards: [cardOver(over, i === 3 ? 1 : undefined)],
      });
    }
    await analyticsCaughtUp(db);
    const body = await (await golf.player('analytics', a.id)).json();
    expect(body.data).toMatchObject({
      rounds: 4,
      complete_rounds: 4,
      scoring_average: 88.75,
      best_round: { gross: 84, date: day(3) },
      recent: { putts_per_round: 36, fairway_pct: 1, green_pct: expect.any(Number) },
      courses: [{ course: { id: links.courseId }, rounds: 4, best_gross: 84, average_gross: 88.75 }],
    });
    expect(body.data.recent.rounds.map((r: { gross: number }) => r.gross)).toEqual(grosses);
    expect(body.data.distribution.birdie).toBe(1);
    expect(Object.values(body.data.distribution).reduce((x: number, y) => x + (y as number), 0)).toBe(72);
    const achievements = await (await golf.player('achievements', a.id)).json();
    expect(achievements.data.map((x: { kind: string; gross: number }) => [x.kind, x.gross])).toEqual([
      ['broke_100', 90],
      ['broke_90', 86],
      ['course_personal_best', 86],
      ['personal_best', 86],
      ['course_personal_best', 84],
      ['first_birdie', 84],
      ['personal_best', 84],
    ]);
    const newer = await (await golf.player('achievements', a.id, `after_seq=${achievements.data[4].seq}`)).json();
    expect(newer.data).toHaveLength(2);
  });

  it('moves updated_at when a later round changes the figures, and only then', async () => {
    const a = await makeUser(db, 'player');
    const card = cardOver(18);
    const first = await playRound(db, {
      userIds: [a.id],
      courseId: links.courseId,
      teeId: links.tees.White,
      date: day(0),
      cards: [card],
    });
    await analyticsCaughtUp(db);
    const before = (await (await golf.player('analytics', a.id)).json()).data;
    expect(before).toMatchObject({ rounds: 1, scoring_average: 90, updated_at: expect.any(String) });

    // A sand save noted on a finished card: the consumer recomputes the golfer, but no figure moves.
    await scoreHole(db, { userId: a.id }, first, 1, {
      hole: 1,
      strokes: card[0] as number,
      putts: 2,
      fairway: 'hit',
      sand: true,
    });
    await analyticsCaughtUp(db);
    const same = (await (await golf.player('analytics', a.id)).json()).data;
    expect(same).toEqual(before);

    await playRound(db, {
      userIds: [a.id],
      courseId: links.courseId,
      teeId: links.tees.White,
      date: day(1),
      cards: [cardOver(12)],
    });
    await analyticsCaughtUp(db);
    const after = (await (await golf.player('analytics', a.id)).json()).data;
    expect(after).toMatchObject({ rounds: 2, scoring_average: 87 });
    expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
  });

  it('restarted and crashed mid-stream, it ends where one uninterrupted run does', async () => {
    const [a, b] = [await makeUser(db, 'player'), await makeUser(db, 'coach')];
    const play = (i: number, users: string[], cards: number[][]) =>
      playRound(db, { userIds: users, courseId: links.courseId, teeId: links.tees.Blue, date: day(10 + i), cards });
    await play(0, [a.id, b.id], [cardOver(25), cardOver(30)]);
    await play(1, [a.id], [cardOver(19, 3)]);
    const fixed = await play(2, [b.id, a.id], [cardOver(22), cardOver(15)]);
    // Stopped after three small batches: a restart mid-stream.
    await runGolfAnalytics(db, { batchSize: 7, maxBatches: 3 });
    // A crash inside a batch after its writes: the transaction (checkpoint included) rolls back.
    await expect(
      runConsumerBatch(
        db,
        GOLF_ANALYTICS_CONSUMER,
        async (tx, batch) => {
          await handleGolfBatch(tx, batch);
          throw new Error('killed mid-batch');
        },
        40,
      ),
    ).rejects.toThrow('killed mid-batch');
    await runGolfAnalytics(db, { batchSize: 11, maxBatches: 2 });
    // More play, and a correction to a round already counted.
    await play(3, [a.id], [cardOver(12)]);
    await scoreHole(db, { userId: a.id }, fixed, 2, { hole: 18, strokes: 9 });
    await play(4, [a.id, b.id], [cardOver(14), cardOver(18, 5)]);
    await playRound(db, {
      userIds: [b.id],
      courseId: links.courseId,
      teeId: links.tees.Blue,
      date: day(15),
      cards: [cardOver(9)],
      finish: false,
    });
    await runGolfAnalytics(db, { batchSize: 5 });
    await analyticsCaughtUp(db);
    const interrupted = await snapshot([a.id, b.id]);

    // One uninterrupted run over the whole log, from nothing (achievement events keep their ids).
    await resetGolfAnalytics(db);
    await analyticsCaughtUp(db);
    const uninterrupted = await snapshot([a.id, b.id]);
    expect(uninterrupted).toEqual(interrupted);

    // And against the rounds themselves: nothing counted twice.
    const [statsA] = uninterrupted.stats.filter((s) => s.userId === a.id);
    const grossA = [97, 91, 87 + 4, 84, 86]; // round 3 corrected: hole 18 (par 5) from 5 to 9
    expect(statsA).toMatchObject({ rounds: 5, completeRounds: 5, bestGross: 84 });
    expect(statsA?.scoringAverage).toBeCloseTo(grossA.reduce((x, y) => x + y, 0) / 5, 2);
    expect(uninterrupted.rounds.filter((r) => r.userId === b.id)).toHaveLength(3); // the unfinished one is not counted
    const kinds = (u: string) => uninterrupted.streams.filter((e) => e.stream === golferStream(u)).map((e) => e.type);
    // Judged on each card as it was finished: round 3 broke 90 (87) before its correction to 91.
    expect(kinds(a.id)).toEqual([
      'broke_100',
      ...['course_personal_best', 'first_birdie', 'personal_best'],
      ...['broke_90', 'course_personal_best', 'personal_best'],
      ...['course_personal_best', 'personal_best'],
    ]);
    expect(new Set(uninterrupted.streams.map((e) => e.id)).size).toBe(uninterrupted.streams.length);
  });

  it('catches up after the database was briefly unreachable', async () => {
    const a = await makeUser(db, 'player');
    let down = true;
    // The database as the app sees it while unreachable: every call fails, until it is back.
    const flaky = new Proxy(db, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (!down || typeof value !== 'function') return value;
        return () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
      },
    });
    const runs: boolean[] = [];
    const stop = startGolfAnalyticsLoop(async () => flaky, { intervalMs: 20, maxBackoffMs: 80, onRun: (ok) => runs.push(ok) });
    for (let i = 0; i < 3; i++) {
      await playRound(db, {
        userIds: [a.id],
        courseId: links.courseId,
        teeId: links.tees.White,
        date: day(30 + i),
        cards: [cardOver(10 + i)],
      });
    }
    await expect.poll(() => runs.length, { timeout: 20_000, interval: 10 }).toBeGreaterThanOrEqual(3);
    expect(runs.every((ok) => !ok)).toBe(true);
    down = false;
    const until = Date.now() + 20_000;
    let stats: typeof golfGolferStats.$inferSelect | undefined;
    while (Date.now() < until && stats?.rounds !== 3) {
      [stats] = await db.select().from(golfGolferStats).where(eq(golfGolferStats.userId, a.id));
      await new Promise((r) => setTimeout(r, 20));
    }
    await stop();
    expect(stats).toMatchObject({ rounds: 3, bestGross: 82, scoringAverage: 83 });
    expect(runs.at(-1)).toBe(true);
  });

  it('catches up after Redis was briefly down, and no view stays stale once it is back', async () => {
    const server = await startRedisServer();
    const key = Symbol.for('statline.cache');
    const g = globalThis as Record<symbol, unknown>;
    const previous = g[key];
    g[key] = createCache({ driver: 'redis', url: server.url, maxBackoffMs: 200, commandTimeoutMs: 200, connectTimeoutMs: 200 });
    try {
      const a = await makeUser(db, 'player');
      const round = (i: number, over: number) =>
        playRound(db, {
          userIds: [a.id],
          courseId: links.courseId,
          teeId: links.tees.White,
          date: day(40 + i),
          cards: [cardOver(over)],
        });
      const analytics = async () => (await (await golf.player('analytics', a.id)).json()).data;
      await round(0, 20);
      await analyticsCaughtUp(db);
      expect((await analytics()).rounds).toBe(1); // now cached in Redis

      // Frozen (connections open, nothing answers) while the consumer records a new round: its
      // invalidation times out, and reads meanwhile fall through to Postgres.
      await round(1, 25); // no achievement: nothing for the consumer to append while Redis is frozen
      server.pause();
      try {
        await analyticsCaughtUp(db);
        expect((await analytics()).rounds).toBe(2);
      } finally {
        server.resume();
      }
      await analyticsCaughtUp(db);
      expect((await analytics()).rounds).toBe(2);

      // Refusing writes (out of memory) but still serving reads: the consumer's invalidation fails
      // and the entry cached before stays reachable; the next run retries the invalidation.
      await round(2, 30);
      const admin = createClient({ url: server.url });
      await admin.connect();
      try {
        await admin.configSet({ 'maxmemory-policy': 'noeviction', maxmemory: '1' });
        await analyticsCaughtUp(db);
      } finally {
        await admin.configSet('maxmemory', '0');
        await admin.close();
      }
      await analyticsCaughtUp(db);
      expect((await analytics()).rounds).toBe(3);

      // Killed: rounds, the log and the consumer carry on; after the restart the views are right.
      await server.stop();
      await round(3, 18);
      await analyticsCaughtUp(db);
      expect((await analytics()).rounds).toBe(4);
      await server.start();
      expect(await analytics()).toMatchObject({ rounds: 4, best_round: { gross: 90 } });
      const kinds = (await (await golf.player('achievements', a.id)).json()).data.map((x: { kind: string }) => x.kind);
      expect(kinds).toEqual(['broke_100', 'course_personal_best', 'personal_best']);
    } finally {
      await (g[key] as { close(): Promise<void> }).close();
      g[key] = previous;
      await server.stop();
    }
  });
});
