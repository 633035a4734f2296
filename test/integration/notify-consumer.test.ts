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
import { makeLiveGame } from '../support/live-game';
import { follow, notifyHandlers, playGame, rematch } from '../support/notify';

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

describe('notify consumer', () => {
  it('killed mid-batch and restarted, writes each notification exactly once', async () => {
    // Catch up on whatever other tests logged, so this run covers only this test's events.
    await runNotify(db, notifyHandlers);
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
    let calls = 0;
    const dying: NotifyHandler = async (tx, batch) => {
      const out: string[] = [];
      for (const h of notifyHandlers) out.push(...(await h(tx, batch)));
      calls++;
      if (out.length > 0) throw new Error('killed');
      return out;
    };
    await expect(runConsumerBatch(db, NOTIFY_CONSUMER, (tx, b) => dying(tx, b).then(() => undefined), 7)).rejects.toThrow(
      'killed',
    );
    expect(await notificationsOf(fanIds)).toEqual([]);
    // A partial run that commits a few batches, then a kill, then a full restart.
    await runNotify(db, notifyHandlers, { batchSize: 3, maxBatches: 4 });
    await expect(runConsumerBatch(db, NOTIFY_CONSUMER, (tx, b) => dying(tx, b).then(() => undefined), 50)).rejects.toThrow(
      'killed',
    );
    await runNotify(db, notifyHandlers, { batchSize: 5 });
    await runNotify(db, notifyHandlers);
    expect(calls).toBe(2);

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
});
