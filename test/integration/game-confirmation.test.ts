// A coach can write only their own team's record. The attack: a coach schedules a game against
// another team, scores a 60-point game for that team's player, and ends it. The other team's
// lines and result must not reach standings or season averages until its coach (or an admin)
// accepts; a declined game never counts for it; imported (pro) teams are refused outright.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbPlayerLines, bbTeams, roleGrants } from '../../drizzle/schema';
import { importLeagueId } from '../../lib/basketball/import/write';
import { seasonOfDate } from '../../lib/basketball/player-game-log';
import { createLeague } from '../../lib/leagues/write';
import { startTestApp, type TestApp } from '../support/app';
import { basketballRoutes } from '../support/basketball-routes';
import { type Caller, call, makeCallers, makeUser, sessionCookie } from '../support/callers';
import { body, makeTeam } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';

let app: TestApp;
let admin: Caller;
let coach: Caller;
let rival: Caller;
// Both coaches' teams play in one league (a club league an admin runs), whose standings are read.
let leagueId: number;
const today = new Date().toISOString().slice(0, 10);
const season = seasonOfDate(today);

beforeAll(async () => {
  app = await startTestApp();
  const callers = await makeCallers(app.database.db);
  admin = callers.sessions.admin;
  coach = callers.sessions.coach;
  const other = await makeUser(app.database.db, 'coach');
  rival = { name: 'rival coach', userId: other.id, headers: { cookie: await sessionCookie(other.id, 'coach') } };
  const league = await createLeague(
    app.database.db,
    { userId: admin.userId ?? '' },
    { name: 'Club League', sport: 'basketball', level: 'adult_amateur', season_format: 'split', visibility: 'public' },
  );
  leagueId = league.id;
});
afterAll(async () => {
  await app?.close();
});

type Route = keyof typeof liveRoutes;
async function send(route: Route, caller: Caller, id?: number, payload?: unknown) {
  const [method, path] = route.split(' ') as [string, string];
  const res = await call(liveRoutes[route], {
    method,
    path: path.replace('{id}', String(id ?? 0)),
    headers: caller.headers,
    body: payload,
    params: id === undefined ? {} : { id: String(id) },
  });
  // biome-ignore lint/suspicious/noExplicitAny: checked field by field
  return { status: res.status, json: (await res.json()) as any };
}

async function standings() {
  const res = await call(basketballRoutes['/api/v1/basketball/standings'], {
    method: 'GET',
    path: `/api/v1/basketball/standings?season=${season}&league=${leagueId}`,
  });
  return ((await res.json()) as { data: { team: { id: number }; wins: number; losses: number }[] }).data;
}
const recordOf = async (teamId: number) => {
  const row = (await standings()).find((s) => s.team.id === teamId);
  return row ? `${row.wins}-${row.losses}` : 'none';
};
const linesOf = (playerId: number) => app.database.db.select().from(bbPlayerLines).where(eq(bbPlayerLines.playerId, playerId));

/** The coach's team against the rival's; the coach scores 60 points for the rival's player and ends it. */
async function attack() {
  const mine = await makeTeam(app.database.db, coach.userId ?? '', 8, leagueId);
  const theirs = await makeTeam(app.database.db, rival.userId ?? '', 8, leagueId);
  const created = await send('POST /api/v1/basketball/games', coach, undefined, {
    date: today,
    home_team_id: mine.teamId,
    visitor_team_id: theirs.teamId,
  });
  expect(created.status).toBe(201);
  const gameId = created.json.data.id as number;
  const post = async (type: string, data: Record<string, unknown> = {}) => {
    const r = await send('POST /api/v1/basketball/games/{id}/events', coach, gameId, body(type, data));
    expect(r.status, JSON.stringify(r.json)).toBe(201);
  };
  await post('starters', { team_id: mine.teamId, player_ids: mine.players.slice(0, 5) });
  await post('starters', { team_id: theirs.teamId, player_ids: theirs.players.slice(0, 5) });
  for (let period = 1; period <= 4; period++) {
    await post('period_start', { period });
    for (let i = 0; i < 5; i++) {
      await post('field_goal', { team_id: theirs.teamId, player_id: theirs.players[0], points: 3, made: true });
    }
    await post('period_end', { period });
  }
  await post('game_end');
  return { gameId, mine, theirs, confirmation: created.json.data.confirmation };
}

describe("a coach and another team's record", () => {
  it('a game against another coach’s team waits for that team: nothing counts for it until accepted', async () => {
    const { gameId, mine, theirs, confirmation } = await attack();
    expect(confirmation).toEqual({ team_id: theirs.teamId, status: 'pending' });
    // Pending: the victim's player has no line, the victim no result; the scheduling team has both.
    expect(await linesOf(theirs.players[0] ?? 0)).toEqual([]);
    expect(await recordOf(theirs.teamId)).toBe('none');
    expect(await recordOf(mine.teamId)).toBe('0-1');
    // The box score still shows what was scored (it is the coach's scorebook).
    const box = await send('GET /api/v1/basketball/games/{id}/boxscore', admin, gameId);
    expect(box.json.data.teams.find((t: { team_id: number }) => t.team_id === theirs.teamId).totals.pts).toBe(60);

    // The scheduling coach cannot accept for the other team.
    expect((await send('POST /api/v1/basketball/games/{id}/accept', coach, gameId)).status).toBe(403);
    const accepted = await send('POST /api/v1/basketball/games/{id}/accept', rival, gameId);
    expect(accepted.status).toBe(200);
    expect(accepted.json.data.confirmation).toEqual({ team_id: theirs.teamId, status: 'accepted' });
    expect((await linesOf(theirs.players[0] ?? 0)).map((l) => l.pts)).toEqual([60]);
    expect(await recordOf(theirs.teamId)).toBe('1-0');
    // Accepting twice is a no-op; declining after accepting is a conflict.
    expect((await send('POST /api/v1/basketball/games/{id}/accept', rival, gameId)).status).toBe(200);
    expect((await send('POST /api/v1/basketball/games/{id}/decline', rival, gameId)).status).toBe(409);
  });

  it('a declined game never counts for the team that declined it; an admin may answer too', async () => {
    const declined = await attack();
    const r = await send('POST /api/v1/basketball/games/{id}/decline', rival, declined.gameId);
    expect(r.status).toBe(200);
    expect(r.json.data.confirmation.status).toBe('declined');
    expect(await linesOf(declined.theirs.players[0] ?? 0)).toEqual([]);
    expect(await recordOf(declined.theirs.teamId)).toBe('none');
    expect(await recordOf(declined.mine.teamId)).toBe('0-1');
    expect((await send('POST /api/v1/basketball/games/{id}/accept', rival, declined.gameId)).status).toBe(409);

    const byAdmin = await attack();
    expect((await send('POST /api/v1/basketball/games/{id}/accept', admin, byAdmin.gameId)).status).toBe(200);
    expect(await recordOf(byAdmin.theirs.teamId)).toBe('1-0');
  });

  it('a game between two teams the coach manages, or scheduled by an admin, counts at once', async () => {
    const a = await makeTeam(app.database.db, coach.userId ?? '', 0);
    const b = await makeTeam(app.database.db, coach.userId ?? '', 0);
    const own = await send('POST /api/v1/basketball/games', coach, undefined, {
      date: today,
      home_team_id: a.teamId,
      visitor_team_id: b.teamId,
    });
    expect(own.json.data.confirmation).toBeNull();
    const c = await makeTeam(app.database.db, rival.userId ?? '', 0);
    const byAdmin = await send('POST /api/v1/basketball/games', admin, undefined, {
      date: today,
      home_team_id: a.teamId,
      visitor_team_id: c.teamId,
    });
    expect(byAdmin.json.data.confirmation).toBeNull();
    // Nothing to answer: 409, not a silent success.
    expect((await send('POST /api/v1/basketball/games/{id}/accept', coach, own.json.data.id)).status).toBe(409);
  });

  it('imported (pro) teams are written by admins only', async () => {
    const mine = await makeTeam(app.database.db, coach.userId ?? '', 0);
    const [pro] = await app.database.db
      .insert(bbTeams)
      .values({
        leagueId: await importLeagueId(app.database.db),
        sourceId: `nba-${Date.now()}`,
        abbreviation: 'PRO',
        name: 'Imported Pros',
      })
      .returning();
    const refused = await send('POST /api/v1/basketball/games', coach, undefined, {
      date: today,
      home_team_id: mine.teamId,
      visitor_team_id: pro?.id,
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/imported team/);
    const byAdmin = await send('POST /api/v1/basketball/games', admin, undefined, {
      date: today,
      home_team_id: mine.teamId,
      visitor_team_id: pro?.id,
    });
    expect(byAdmin.status).toBe(201);
    // Even a coach listed as the imported team's staff (as the demo coach once was) writes nothing of it.
    await app.database.db
      .insert(roleGrants)
      .values({ userId: coach.userId ?? '', role: 'coach', scopeKind: 'team', scopeId: pro?.id ?? 0 });
    const scored = await send(
      'POST /api/v1/basketball/games/{id}/events',
      coach,
      byAdmin.json.data.id,
      body('period_start', { period: 1 }),
    );
    expect(scored.status).toBe(403);
    const player = await send('POST /api/v1/basketball/players', coach, undefined, {
      first_name: 'Ringer',
      last_name: 'One',
      team_id: pro?.id,
    });
    expect(player.status).toBe(403);
    const both = await send('POST /api/v1/basketball/games', coach, undefined, {
      date: today,
      home_team_id: mine.teamId,
      visitor_team_id: pro?.id,
    });
    expect(both.status).toBe(403);
    // The admin scores it.
    expect(
      (await send('POST /api/v1/basketball/games/{id}/events', admin, byAdmin.json.data.id, body('period_start', { period: 1 })))
        .status,
    ).toBe(201);
  });
});
