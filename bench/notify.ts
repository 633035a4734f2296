// Following and notifications. Two targets, each with a baseline measured in the same run:
// - "My Statline" for a user following 50 teams (the page's reads: visible leagues, the followed
//   games live/upcoming/recent, the newest notifications, the unread count, the follows), uncached:
//   p95 < 50 ms. Baseline: the same reads for a user following one team.
// - A game's final event fanned out to its 1,000 followers: the game_ended notification of every
//   follower written (and their doorbells rung) within 1 s of the game_end append returning, with the
//   notify consumer running on its start-up timer (lib/notify/loop.ts). Baseline: one follower.
//
// In-process, on the real database (PGlite, or Postgres with DATABASE_URL) and cache driver.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createUser } from '@/lib/auth/users';
import { followFeed } from '@/lib/basketball/follow-feed';
import type { LiveEventBody } from '@/lib/basketball/live/events';
import { basketballNotifications } from '@/lib/basketball/notify';
import { appendGameEvent, findGame } from '@/lib/basketball/scoring/append';
import { createGame, createPlayer, createTeam } from '@/lib/basketball/scoring/entities';
import { closeCache } from '@/lib/cache';
import { closeDatabase, getDatabase, getDb } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { golfNotifications } from '@/lib/golf/notify';
import { visibleLeagueIds } from '@/lib/leagues/queries';
import { runNotify } from '@/lib/notify/consumer';
import { listFollows } from '@/lib/notify/follows';
import { listNotifications, unreadCount } from '@/lib/notify/inbox';
import { startNotifyLoop } from '@/lib/notify/loop';
import { percentile } from './lib/percentile';
import { saveResults } from './lib/results';

const PAGE_READS = Number(process.env.BENCH_PAGE_READS ?? 300);
const FANOUT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FOLLOWERS = 1000;
const TEAMS = 60;
const handlers = [basketballNotifications, golfNotifications];
const today = () => new Date().toISOString().slice(0, 10);

async function bulkUsers(db: Db, n: number, tag: string): Promise<string[]> {
  const res = await db.execute(sql`
    insert into users (email, name, role)
    select ${`nb-${tag}-`} || g || '@example.com', 'Notify bench ' || g, 'fan' from generate_series(1, ${n}) g
    returning id`);
  return rowsOf<{ id: string }>(res).map((r) => r.id);
}

async function followAll(db: Db, userIds: readonly string[], kind: string, targets: readonly (string | number)[]) {
  await db.execute(sql`
    insert into follows (user_id, target_kind, target_id)
    select u, ${kind}, t from unnest(${`{${userIds.join(',')}}`}::uuid[]) u, unnest(${`{${targets.join(',')}}`}::text[]) t
    on conflict do nothing`);
}

/** What the "My Statline" page reads, uncached. */
async function pageReads(db: Db, user: { id: string; role: string }) {
  const visibleLeagues = await visibleLeagueIds(db, user);
  return Promise.all([
    followFeed(db, user, { visibleLeagues, today: today() }),
    listNotifications(db, user.id, { limit: 20 }),
    unreadCount(db, user.id),
    listFollows(db, user.id),
  ]);
}

async function timeReads(db: Db, user: { id: string; role: string }): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < PAGE_READS; i++) {
    const t = performance.now();
    await pageReads(db, user);
    ms.push(performance.now() - t);
  }
  return ms;
}

async function twoTeams(db: Db, coachId: string, tag: string) {
  const sides: { teamId: number; players: number[] }[] = [];
  for (const side of ['H', 'V']) {
    const { team } = await createTeam(db, { userId: coachId }, { name: `Fanout ${tag}${side}`, abbreviation: `F${side}` });
    const players: number[] = [];
    for (let j = 1; j <= 5; j++) {
      const { player } = await createPlayer(
        db,
        { userId: coachId },
        { first_name: `P${j}`, last_name: `${tag}${side}`, team_id: team.id, jersey_number: j },
      );
      players.push(player.id);
    }
    sides.push({ teamId: team.id, players });
  }
  return sides as [{ teamId: number; players: number[] }, { teamId: number; players: number[] }];
}

/** Plays a game to its last period's end, then times game_end → every follower's game_ended row. */
async function fanOutOnce(
  db: Db,
  coachId: string,
  followers: readonly string[],
  tag: string,
): Promise<{ ms: number; notified: number }> {
  const [home, visitor] = await twoTeams(db, coachId, tag);
  await followAll(db, followers, 'team', [home.teamId]);
  const created = await createGame(
    db,
    { userId: coachId },
    { date: today(), home_team_id: home.teamId, visitor_team_id: visitor.teamId, rule_set: 'nba', postseason: false },
  );
  const game = await findGame(db, created.id);
  if (!game) throw new Error('no game');
  const post = (type: string, data: Record<string, unknown> = {}) =>
    appendGameEvent(db, game, { id: randomUUID(), type, ...data } as LiveEventBody, { userId: coachId });
  for (const s of [home, visitor]) await post('starters', { team_id: s.teamId, player_ids: s.players });
  for (const p of [1, 2, 3, 4]) {
    await post('period_start', { period: p });
    if (p === 1) await post('field_goal', { team_id: home.teamId, player_id: home.players[0], points: 2, made: true });
    await post('period_end', { period: p });
  }
  // The consumer has caught up with everything before the final event (as a running server would).
  await runNotify(db, handlers);
  const key = `game_ended:${created.id}`;
  const count = async () =>
    rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from notifications where key = ${key}`))[0]?.n ?? 0;
  await post('game_end');
  const t0 = performance.now();
  while ((await count()) < followers.length && performance.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 5));
  return { ms: performance.now() - t0, notified: await count() };
}

export async function notifyBench(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  process.env.PGLITE_DIR ??= '.data/bench-notify-pglite';
  const dbKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  console.log(`database: ${dbKind}; cache: ${process.env.REDIS_URL ? 'redis' : 'memory'}`);
  await getDatabase();
  const db = await getDb();
  const tag = Date.now().toString(36);
  const coach = await createUser(db, {
    email: `nb-coach-${tag}@example.com`,
    name: 'Bench coach',
    password: 'bench password long',
    role: 'coach',
  });

  // 60 teams in the coach's league, 40 games each (most final, some scheduled ahead, a few live).
  const teamIds: number[] = [];
  for (let i = 0; i < TEAMS; i++) {
    const { team } = await createTeam(db, { userId: coach.id }, { name: `Notify bench ${tag} ${i}`, abbreviation: `N${i}` });
    teamIds.push(team.id);
  }
  const [league] = rowsOf<{ league_id: number }>(await db.execute(sql`select league_id from bb_teams where id = ${teamIds[0]}`));
  await db.execute(sql`
    insert into bb_games (league_id, season, date, home_team_id, away_team_id, status, home_score, away_score)
    select ${league?.league_id}, 2026, current_date + (g - 30), t.ids[1 + (i % ${TEAMS})], t.ids[1 + ((i + g) % ${TEAMS})],
      (case when g < 30 then 'final' when g = 30 then 'live' else 'scheduled' end)::bb_game_status,
      case when g < 30 then 60 + (i * g) % 50 end, case when g < 30 then 60 + (i + g) % 50 end
    from (select ${`{${teamIds.join(',')}}`}::int[] as ids) t, generate_series(0, ${TEAMS - 1}) i, generate_series(1, 40) g
    where (i + g) % ${TEAMS} <> i % ${TEAMS}`);

  const [fifty, one] = await bulkUsers(db, 2, `${tag}-page`);
  if (!fifty || !one) throw new Error('no users');
  await followAll(db, [fifty], 'team', teamIds.slice(0, 50));
  await followAll(db, [one], 'team', teamIds.slice(0, 1));
  for (const u of [fifty, one]) {
    await db.execute(sql`
      insert into notifications (user_id, kind, payload, source_event_id, key)
      select ${u}::uuid, 'game_ended', '{}'::jsonb, gen_random_uuid(), 'bench:' || g from generate_series(1, 500) g`);
  }
  for (const u of [fifty, one]) await timeReads(db, { id: u, role: 'fan' }); // warm the connection and plans
  const page = {
    following_50: await timeReads(db, { id: fifty, role: 'fan' }),
    following_1: await timeReads(db, { id: one, role: 'fan' }),
  };
  const pageSummary = Object.fromEntries(
    Object.entries(page).map(([k, ms]) => [k, { p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) }]),
  );
  console.log('My Statline reads (ms):', pageSummary);

  const followers = await bulkUsers(db, FOLLOWERS, `${tag}-fans`);
  const stop = startNotifyLoop(async () => db, handlers);
  const fanout: { followers: number; round: number; ms: number; notified: number }[] = [];
  try {
    for (let round = 0; round < FANOUT_ROUNDS; round++) {
      for (const n of [1, FOLLOWERS]) {
        const r = await fanOutOnce(db, coach.id, followers.slice(0, n), `${tag}${round}${n}`);
        fanout.push({ followers: n, round, ...r });
        process.stdout.write('.');
      }
    }
  } finally {
    await stop();
  }
  console.log('');
  const worst = (n: number) => Math.max(...fanout.filter((f) => f.followers === n).map((f) => f.ms));
  const fanoutSummary = {
    followers_1_max_ms: Math.round(worst(1)),
    followers_1000_max_ms: Math.round(worst(FOLLOWERS)),
    all_delivered: fanout.every((f) => f.notified === f.followers),
  };
  console.log('fan-out, game_end → every follower notified (ms):', fanoutSummary);
  const targets = {
    my_statline_50_teams_p95_under_50ms: (pageSummary.following_50?.p95 ?? Infinity) < 50,
    fanout_1000_followers_under_1s: fanoutSummary.followers_1000_max_ms < 1000 && fanoutSummary.all_delivered,
  };
  console.log('targets:', targets);
  const file = saveResults('notify', {
    database: dbKind,
    cache: process.env.REDIS_URL ? 'redis' : 'memory',
    page_reads: PAGE_READS,
    my_statline_ms: pageSummary,
    fanout: fanoutSummary,
    fanout_runs: fanout.map((f) => ({ ...f, ms: Math.round(f.ms) })),
    targets,
  });
  console.log(`results: ${file}`);
  await closeCache();
  await closeDatabase();
}
