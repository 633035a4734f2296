// The notify consumer: followers of a game's teams hear it start and end, followers of a player hear
// of a personal best, and a consumer killed mid-batch and restarted delivers each notification
// exactly once (its rows and its checkpoint commit together).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { rowsOf } from '../../lib/db/client';
import { runConsumerBatch } from '../../lib/events/consumer';
import { NOTIFY_CONSUMER, type NotifyHandler, runNotify } from '../../lib/notify/consumer';
import { startTestApp, type TestApp } from '../support/app';
import { makeUser } from '../support/callers';
import { addFictionalCourse } from '../support/golf-api';
import { analyticsCaughtUp, cardOver, playRound } from '../support/golf-rounds';
import { makeLiveGame } from '../support/live-game';
import { follow, notifyCaughtUp, notifyHandlers, playGame, rematch } from '../support/notify';

let app: TestApp;
let db: Db;
beforeAll(async () => {
  app = await startTestApp();
  db = app.database.db;
});
afterAll(async () => {
  await app?.close();
});

async function notificationsOf(userIds: readonly string[]) {
  const res = await db.execute(sql`
    select user_id, kind, key, payload from notifications
    where user_id = any(${`{${userIds.join(',')}}`}::uuid[]) order by user_id, key`);
  return rowsOf<{ user_id: string; kind: string; key: string; payload: Record<string, unknown> }>(res);
}

/**
 * Runs batches with `handler` until one dies with output written (a batch with nothing to write
 * commits, as it would). On Postgres a batch may find nothing settled yet: it waits and retries.
 */
async function killMidBatch(handler: NotifyHandler, limit: number) {
  for (let i = 0; i < 500; i++) {
    try {
      const n = await runConsumerBatch(db, NOTIFY_CONSUMER, async (tx, b) => void (await handler(tx, b)), limit);
      if (n === 0) await new Promise((r) => setTimeout(r, 20));
    } catch (err) {
      if ((err as Error).message === 'killed') return;
      throw err;
    }
  }
  throw new Error('the consumer was never killed');
}

describe('notify consumer', () => {
  it('killed mid-batch and restarted, writes each notification exactly once', async () => {
    // Catch up on whatever other tests logged, so this run covers only this test's events.
    await notifyCaughtUp(db);
    const coach = await makeUser(db, 'coach');
    const fans = await Promise.all(Array.from({ length: 6 }, () => makeUser(db, 'fan')));
    const fanIds = fans.map((f) => f.id);
    const g1 = await makeLiveGame(db, { homeCoachId: coach.id, visitorCoachId: coach.id });
    // A rematch the same day (ordered after g1 by id): the same shooter has a previous game to beat.
    const g2 = { ...g1, gameId: await rematch(db, g1, coach.id) };
    const shooter = g1.home.players[0] as number;
    await follow(db, fanIds.slice(0, 4), 'team', g1.home.teamId);
    await follow(db, fanIds.slice(2), 'player', shooter);
    await follow(db, fanIds.slice(5), 'team', g1.visitor.teamId); // also follows the other side: still once
    await follow(db, fanIds.slice(5), 'team', g1.home.teamId);
    await playGame(db, g1, coach.id, shooter, 4);
    await playGame(db, g2, coach.id, shooter, 8);

    // Kill mid-batch: the handler writes, then the process "dies" before commit — twice, at different points.
    let kills = 0;
    const dying: NotifyHandler = async (tx, batch) => {
      const out: string[] = [];
      for (const h of notifyHandlers) out.push(...(await h(tx, batch)));
      if (out.length > 0) {
        kills++;
        throw new Error('killed');
      }
      return out;
    };
    await killMidBatch(dying, 7);
    expect(await notificationsOf(fanIds)).toEqual([]);
    // A partial run that commits a few batches, then a kill, then a full restart.
    await runNotify(db, notifyHandlers, { batchSize: 3, maxBatches: 4 });
    await killMidBatch(dying, 50);
    await runNotify(db, notifyHandlers, { batchSize: 5 });
    await notifyCaughtUp(db);
    expect(kills).toBe(2);

    const rows = await notificationsOf(fanIds);
    const keys = rows.map((r) => `${fanIds.indexOf(r.user_id)} ${r.key}`).sort();
    const expected: string[] = [];
    for (const [i] of fanIds.entries()) {
      const followsGame = i < 4 || i === 5;
      if (followsGame)
        for (const gid of [g1.gameId, g2.gameId]) expected.push(`${i} game_started:${gid}`, `${i} game_ended:${gid}`);
      if (i >= 2) expected.push(`${i} personal_best:${g2.gameId}:${shooter}`);
    }
    expect(keys).toEqual(expected.sort());
    const pb = rows.find((r) => r.kind === 'personal_best');
    expect(pb?.payload).toMatchObject({ points: 8, previous_best: 4, player_id: shooter });
    const ended = rows.find((r) => r.key === `game_ended:${g1.gameId}`);
    expect(ended?.payload).toMatchObject({ game_id: g1.gameId, home: { score: 4 }, away: { score: 0 } });
  });

  it('a followed golfer beating their best round notifies their followers once; a private golfer tells no one', async () => {
    const links = await addFictionalCourse(db);
    const [golfer, privateGolfer, fan] = [await makeUser(db, 'player'), await makeUser(db, 'player'), await makeUser(db, 'fan')];
    await follow(db, [fan.id, golfer.id], 'golfer', golfer.id);
    await follow(db, [fan.id], 'golfer', privateGolfer.id);
    await db.execute(sql`update users set golf_public = false where id = ${privateGolfer.id}`);
    const round = (userId: string, date: string, over: number) =>
      playRound(db, { userIds: [userId], courseId: links.courseId, teeId: links.tees.White, date, cards: [cardOver(over)] });
    for (const userId of [golfer.id, privateGolfer.id]) {
      await round(userId, '2026-03-01', 18);
      await round(userId, '2026-03-08', 12);
    }
    await round(golfer.id, '2026-03-15', 20); // worse: no notification
    await analyticsCaughtUp(db);
    await notifyCaughtUp(db);
    await notifyCaughtUp(db);
    const rows = await notificationsOf([fan.id, golfer.id]);
    expect(
      rows.map((r) => [r.user_id === fan.id ? 'fan' : 'golfer', r.kind, r.payload.gross, r.payload.previous]).sort(),
    ).toEqual([
      ['fan', 'golf_personal_best', 84, 90],
      ['golfer', 'golf_personal_best', 84, 90],
    ]);
    expect(rows[0]?.payload).toMatchObject({ golfer_id: golfer.id, golfer_name: golfer.name });
  });
});
