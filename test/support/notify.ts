// Helpers for the notify tests and benchmarks: play a whole live game (one shooter scoring
// `points` in twos), and follow targets in bulk.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LiveEventBody } from '../../lib/basketball/live/events';
import { basketballNotifications } from '../../lib/basketball/notify';
import { appendGameEvent, findGame } from '../../lib/basketball/scoring/append';
import { createGame } from '../../lib/basketball/scoring/entities';
import type { Db } from '../../lib/db/client';
import { rowsOf } from '../../lib/db/client';
import { golfNotifications } from '../../lib/golf/notify';
import { NOTIFY_CONSUMER, runNotify } from '../../lib/notify/consumer';
import type { LiveFixture } from './live-game';

export const notifyHandlers = [basketballNotifications, golfNotifications];

export async function playGame(db: Db, g: LiveFixture, coachId: string, shooter: number, points: number, end = true) {
  const game = await findGame(db, g.gameId);
  if (!game) throw new Error('no game');
  const post = (type: string, data: Record<string, unknown> = {}) =>
    appendGameEvent(db, game, { id: randomUUID(), type, ...data } as LiveEventBody, { userId: coachId });
  for (const team of [g.home, g.visitor]) await post('starters', { team_id: team.teamId, player_ids: team.players.slice(0, 5) });
  await post('period_start', { period: 1 });
  for (let p = 0; p < points; p += 2)
    await post('field_goal', { team_id: g.home.teamId, player_id: shooter, points: 2, made: true });
  await post('period_end', { period: 1 });
  for (const p of [2, 3, 4]) {
    await post('period_start', { period: p });
    await post('period_end', { period: p });
  }
  if (end) await post('game_end');
}

/** Every user follows the target (one statement). */
export async function follow(db: Db, userIds: readonly string[], kind: string, targetId: string | number) {
  if (userIds.length === 0) return;
  await db.execute(sql`
    insert into follows (user_id, target_kind, target_id)
    select u, ${kind}, ${String(targetId)} from unnest(${`{${userIds.join(',')}}`}::uuid[]) u
    on conflict do nothing`);
}

/** Another game between the fixture's two teams; returns its id. */
export async function rematch(
  db: Db,
  g: LiveFixture,
  coachId: string,
  date = new Date().toISOString().slice(0, 10),
): Promise<number> {
  const game = await createGame(
    db,
    { userId: coachId },
    { date, home_team_id: g.home.teamId, visitor_team_id: g.visitor.teamId, rule_set: 'nba', postseason: false },
  );
  return game.id;
}

/**
 * Runs the notify consumer until it has every event of the log. One run may stop short on Postgres:
 * it reads only transactions older than every running one in the cluster, which other test files'
 * databases share.
 */
export async function notifyCaughtUp(db: Db, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await runNotify(db, notifyHandlers);
    const [left] = rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(*)::int as n from events e
        where not exists (select 1 from consumer_checkpoints c
                          where c.name = ${NOTIFY_CONSUMER} and (e.tx_id, e.position) <= (c.tx_id, c.position))`),
    );
    if (!left?.n) return;
    if (Date.now() > until) throw new Error(`notify consumer still ${left.n} events behind after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
