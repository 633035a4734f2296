// A Statline basketball bench's fixture: an admin, two teams of five and live games (starters on,
// first period begun), written through the lib functions; then a session cookie for the admin.
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { createUser } from '@/lib/auth/users';
import { appendGameEvent, findGame } from '@/lib/basketball/scoring/append';
import { createGame, createPlayer, createTeam } from '@/lib/basketball/scoring/entities';
import { closeCache } from '@/lib/cache';
import { openDatabase } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';

/** The servers' NEXTAUTH_SECRET: the cookie minted here must verify there. */
export const BENCH_SECRET = 'bench-secret-0123456789-0123456789';

/** Events each game holds before a bench's plays: the two starting fives and the period start. */
export const SETUP_EVENTS = 3;

export interface Setup {
  gameIds: number[];
  team: number;
  shooter: number;
  cookie: string;
}

export async function setUpGames(dbUrl: string, games: number): Promise<Setup> {
  const database = await openDatabase({ kind: 'postgres', url: dbUrl, poolMax: 2 });
  await runMigrations(database);
  const db = database.db;
  const admin = await createUser(db, {
    email: `bench-${Date.now()}@example.com`,
    name: 'Bench',
    password: 'bench password long',
    role: 'admin',
  });
  const actor = { userId: admin.id };
  const teams: { id: number; players: number[] }[] = [];
  for (const abbreviation of ['BNA', 'BNB']) {
    const { team } = await createTeam(db, actor, { name: `Bench ${abbreviation}`, abbreviation });
    const players: number[] = [];
    for (let i = 0; i < 5; i++) {
      players.push((await createPlayer(db, actor, { first_name: 'B', last_name: `${i}`, team_id: team.id })).player.id);
    }
    teams.push({ id: team.id, players });
  }
  const [home, visitor] = teams as [(typeof teams)[0], (typeof teams)[0]];
  const gameIds: number[] = [];
  for (let i = 0; i < games; i++) {
    const game = await createGame(db, actor, {
      date: new Date().toISOString().slice(0, 10),
      home_team_id: home.id,
      visitor_team_id: visitor.id,
      rule_set: 'nba',
      postseason: false,
    });
    const row = await findGame(db, game.id);
    if (!row) throw new Error('game vanished');
    for (const [type, data] of [
      ['starters', { team_id: home.id, player_ids: home.players }],
      ['starters', { team_id: visitor.id, player_ids: visitor.players }],
      ['period_start', { period: 1 }],
    ] as const) {
      await appendGameEvent(db, row, { id: randomUUID(), type, ...data } as never, actor);
    }
    gameIds.push(game.id);
  }
  await database.close();
  await closeCache();
  const token = await encode({ token: { sub: admin.id, role: 'admin' }, secret: BENCH_SECRET });
  return { gameIds, team: home.id, shooter: home.players[0] as number, cookie: `next-auth.session-token=${token}` };
}

/** The play a bench scorer records: a free throw, so every play is legal however many are sent. */
export function freeThrow(setup: Setup, made: boolean) {
  return { id: randomUUID(), type: 'free_throw', team_id: setup.team, player_id: setup.shooter, made };
}

/** Appends a play through the API as a scorer's browser does; returns the play's seq. */
export async function postPlay(base: string, setup: Setup, gameId: number, made: boolean): Promise<number> {
  const res = await fetch(`${base}/api/v1/basketball/games/${gameId}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: setup.cookie },
    body: JSON.stringify(freeThrow(setup, made)),
  });
  if (res.status !== 201) throw new Error(`append: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { seq: number } }).data.seq;
}
