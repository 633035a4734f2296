// Schedules: a league admin adds games (JSON and a CSV import job), nobody else may, a game is never
// doubled, scheduled games are upcoming (live index, league list) and count in no standings until
// scored, and the league and team calendar feeds parse as iCalendar with one stable UID per game.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as teamCalendarRoute from '../../app/api/v1/basketball/teams/[id]/calendar.ics/route';
import * as leagueCalendarRoute from '../../app/api/v1/leagues/[id]/calendar.ics/route';
import * as scheduledGameRoute from '../../app/api/v1/leagues/[id]/schedule/[game_id]/route';
import * as scheduleImportRoute from '../../app/api/v1/leagues/[id]/schedule/imports/[job_id]/route';
import * as scheduleImportsRoute from '../../app/api/v1/leagues/[id]/schedule/imports/route';
import * as scheduleRoute from '../../app/api/v1/leagues/[id]/schedule/route';
import { bbGames, type League } from '../../drizzle/schema';
import { liveIndex } from '../../lib/basketball/live-index';
import { feedToken } from '../../lib/basketball/schedule/feed-token';
import { createTeam } from '../../lib/basketball/scoring/entities';
import { getStandings } from '../../lib/basketball/standings';
import { todayIn } from '../../lib/dates';
import { backgroundImportsSettled } from '../../lib/imports/background';
import { seasonOfDate } from '../../lib/leagues/seasons';
import { createLeague, updateLeague } from '../../lib/leagues/write';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';

let app: TestApp;
let leagueAdmin: Caller;
let otherLeagueAdmin: Caller;
let teamCoach: Caller;
let fan: Caller;
let siteAdmin: Caller;
const anonymous: Caller = { name: 'anonymous', headers: {} };
let league: League;
let other: League;
const team: Record<'owls' | 'hawks' | 'foxes' | 'sharks', number> = { owls: 0, hawks: 0, foxes: 0, sharks: 0 };

async function caller(role: 'admin' | 'coach' | 'fan'): Promise<Caller> {
  const user = await makeUser(app.database.db, role);
  return { name: role, userId: user.id, headers: { cookie: await sessionCookie(user.id, role) } };
}

const level = 'youth' as const;
const defaults = { season_format: 'split', visibility: 'public', sport: 'basketball', level } as const;

beforeAll(async () => {
  app = await startTestApp();
  const db = app.database.db;
  [leagueAdmin, otherLeagueAdmin, teamCoach, fan, siteAdmin] = [
    await caller('coach'),
    await caller('coach'),
    await caller('coach'),
    await caller('fan'),
    await caller('admin'),
  ];
  league = await createLeague(db, { userId: leagueAdmin.userId ?? '' }, { ...defaults, name: 'Riverside Youth' });
  other = await createLeague(db, { userId: otherLeagueAdmin.userId ?? '' }, { ...defaults, name: 'Lakeside Youth' });
  const make = async (who: Caller, leagueId: number, name: string, abbreviation: string) =>
    (await createTeam(db, { userId: who.userId ?? '' }, { name, abbreviation, league_id: leagueId })).team.id;
  team.owls = await make(leagueAdmin, league.id, 'Owls', 'OWL');
  team.hawks = await make(leagueAdmin, league.id, 'Hawks', 'HWK');
  team.foxes = await make(leagueAdmin, league.id, 'Foxes', 'FOX');
  team.sharks = await make(otherLeagueAdmin, other.id, 'Sharks', 'SHK');
}, 120_000);
afterAll(async () => {
  await app?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;
async function post(who: Caller, games: unknown[], id: string | number = league.id): Promise<{ status: number; json: Json }> {
  const res = await call(scheduleRoute.POST, {
    method: 'POST',
    path: `/api/v1/leagues/${id}/schedule`,
    headers: who.headers,
    params: { id: String(id) },
    body: { games },
  });
  return { status: res.status, json: await res.json() };
}

async function leagueGames(): Promise<(typeof bbGames.$inferSelect)[]> {
  return app.database.db.select().from(bbGames).where(eq(bbGames.leagueId, league.id));
}

describe('scheduling through the API', () => {
  it('adds games by abbreviation or id, with a local time or all day, and reports duplicates', async () => {
    const games = [
      { date: '2030-01-12', time: '10:00', time_zone: 'America/Chicago', home: 'OWL', visitor: 'Hawks', venue: 'Riverside Gym' },
      { date: '2030-01-13', home: team.foxes, visitor: String(team.owls) },
    ];
    const first = await post(leagueAdmin, games);
    expect(first.status).toBe(201);
    expect(first.json.data.duplicates).toEqual([]);
    expect(first.json.data.created).toMatchObject([
      {
        date: '2030-01-12',
        starts_at: '2030-01-12T16:00:00.000Z',
        venue: 'Riverside Gym',
        status: 'scheduled',
        home_team: { id: team.owls, abbreviation: 'OWL' },
        visitor_team: { id: team.hawks },
      },
      { date: '2030-01-13', starts_at: null, venue: null, home_team: { id: team.foxes }, visitor_team: { id: team.owls } },
    ]);
    const ids = first.json.data.created.map((g: Json) => g.id);

    // The same games again, and one with home and visitor swapped: nothing new.
    const swapped = { date: '2030-01-12', home: 'HWK', visitor: 'OWL' };
    const again = await post(leagueAdmin, [...games, swapped]);
    expect(again.status).toBe(201);
    expect(again.json.data.created).toEqual([]);
    expect(again.json.data.duplicates).toEqual([
      { index: 0, existing_game_id: ids[0] },
      { index: 1, existing_game_id: ids[1] },
      { index: 2, existing_game_id: ids[0] },
    ]);
    expect(await leagueGames()).toHaveLength(2);
  });

  it('a site admin may schedule any league; an ISO start keeps its written date', async () => {
    const res = await post(siteAdmin, [{ starts_at: '2030-01-05T19:30:00-06:00', home: 'FOX', visitor: 'HWK', venue: 'Annex' }]);
    expect(res.status).toBe(201);
    expect(res.json.data.created[0]).toMatchObject({ date: '2030-01-05', starts_at: '2030-01-06T01:30:00.000Z' });
  });

  it('refuses a team of another league, an unknown team and a team playing itself, writing nothing', async () => {
    const before = (await leagueGames()).length;
    const outsider = await post(leagueAdmin, [
      { date: '2030-03-01', home: 'OWL', visitor: 'HWK' },
      { date: '2030-03-01', home: 'OWL', visitor: team.sharks },
    ]);
    expect(outsider.status).toBe(422);
    expect(outsider.json.error.message).toContain('games[1].visitor');
    expect((await post(leagueAdmin, [{ date: '2030-03-02', home: 'Nobody', visitor: 'OWL' }])).status).toBe(422);
    expect((await post(leagueAdmin, [{ date: '2030-03-02', home: 'OWL', visitor: 'Owls' }])).status).toBe(422);
    expect((await post(leagueAdmin, [{ date: '2030-03-02', time: '10:00', home: 'OWL', visitor: 'HWK' }])).status).toBe(400);
    expect((await leagueGames()).length).toBe(before);
  });

  it('refuses everyone but its league admins and site admins', async () => {
    const game = [{ date: '2030-04-01', home: 'OWL', visitor: 'HWK' }];
    expect((await post(anonymous, game)).status).toBe(401);
    expect((await post(fan, game)).status).toBe(403);
    expect((await post(teamCoach, game)).status).toBe(403);
    // An admin of another league runs that league, not this one.
    expect((await post(otherLeagueAdmin, game)).status).toBe(403);
    expect((await post(otherLeagueAdmin, [{ date: '2030-04-01', home: 'SHK', visitor: 'OWL' }], other.id)).status).toBe(422);
    expect((await leagueGames()).filter((g) => g.date === '2030-04-01')).toEqual([]);
  });
});

describe('scheduling by CSV import', () => {
  const sample = readFileSync(path.join(__dirname, '../fixtures/schedule-sample.csv'), 'utf8');

  async function runImport(who: Caller): Promise<{ status: number; job: Json }> {
    const res = await call(scheduleImportsRoute.POST, {
      method: 'POST',
      path: `/api/v1/leagues/${league.slug}/schedule/imports?filename=winter.csv&time_zone=America/Chicago`,
      headers: { ...who.headers, 'content-type': 'text/csv' },
      params: { id: league.slug },
      rawBody: sample,
    });
    if (res.status !== 202) return { status: res.status, job: await res.json() };
    const started = (await res.json()).data;
    await backgroundImportsSettled();
    const got = await call(scheduleImportRoute.GET, {
      path: `/api/v1/leagues/${league.slug}/schedule/imports/${started.id}`,
      headers: who.headers,
      params: { id: league.slug, job_id: started.id },
    });
    expect(got.status).toBe(200);
    return { status: 202, job: (await got.json()).data };
  }

  it('imports the good rows and rejects each bad one with its reason', async () => {
    const { status, job } = await runImport(leagueAdmin);
    expect(status).toBe(202);
    expect(job).toMatchObject({
      kind: 'basketball-schedule',
      status: 'partial',
      total_rows: 8,
      inserted_rows: 3,
      rejected_rows: 5,
    });
    const reasons = Object.fromEntries(job.rejections.map((r: Json) => [r.row_number, r.reason]));
    expect(reasons[5]).toMatch(/visitor: 'Sharks' is not a team of Riverside Youth/);
    expect(reasons[6]).toMatch(/^row 6, date: /);
    expect(reasons[7]).toMatch(/repeats row 2/);
    expect(reasons[8]).toMatch(/^row 8, time: /);
    expect(reasons[9]).toMatch(/cannot play itself/);
    const games = await leagueGames();
    const owlsHawks = games.find((g) => g.date === '2030-01-19' && g.homeTeamId === team.owls);
    expect(owlsHawks).toMatchObject({ venue: 'Riverside Gym', awayTeamId: team.hawks, status: 'scheduled' });
    expect(owlsHawks?.startsAt?.toISOString()).toBe('2030-01-19T16:00:00.000Z');
    expect(games.find((g) => g.date === '2030-01-26')).toMatchObject({ startsAt: null, venue: null });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await leagueGames();
    const { job } = await runImport(leagueAdmin);
    expect(job).toMatchObject({ inserted_rows: 0, updated_rows: 0, unchanged_rows: 3, rejected_rows: 5 });
    expect(await leagueGames()).toEqual(before);
  });

  it('is refused to anyone who does not run the league, and its jobs stay the league’s', async () => {
    for (const who of [fan, teamCoach, otherLeagueAdmin]) expect((await runImport(who)).status).toBe(403);
    expect((await runImport(anonymous)).status).toBe(401);
  });
});

describe('upcoming games', () => {
  it('lists scheduled games from today on, soonest first, on the league schedule and the live index', async () => {
    const res = await call(scheduleRoute.GET, { path: `/api/v1/leagues/${league.slug}/schedule`, params: { id: league.slug } });
    expect(res.status).toBe(200);
    const listed = (await res.json()).data as Json[];
    expect(listed.map((g) => g.date)).toEqual([
      '2030-01-05',
      '2030-01-12',
      '2030-01-13',
      '2030-01-19',
      '2030-01-19',
      '2030-01-26',
    ]);
    expect(listed[3]).toMatchObject({ starts_at: '2030-01-19T16:00:00.000Z', venue: 'Riverside Gym' });
    const index = await liveIndex(app.database.db, todayIn('UTC'), null, 100);
    const upcoming = index.upcoming.map((g) => g.id);
    for (const g of listed) expect(upcoming).toContain(g.id);
  });

  it('counts none of them in the standings until one is scored', async () => {
    const season = seasonOfDate('2030-01-12', 'split');
    expect(await getStandings(app.database.db, season, league.id)).toEqual([]);
    const [game] = (await leagueGames()).filter((g) => g.date === '2030-01-12');
    await app.database.db
      .update(bbGames)
      .set({ status: 'final', homeScore: 40, awayScore: 35, winnerTeamId: team.owls })
      .where(inArray(bbGames.id, [game?.id ?? 0]));
    const standings = await getStandings(app.database.db, season, league.id);
    expect(standings.map((s) => [s.teamId, s.wins, s.losses])).toEqual([
      [team.owls, 1, 0],
      [team.hawks, 0, 1],
    ]);
    const res = await call(scheduleRoute.GET, { path: `/api/v1/leagues/${league.slug}/schedule`, params: { id: league.slug } });
    expect(((await res.json()).data as Json[]).map((g) => g.id)).not.toContain(game?.id);
  });
});

describe('calendar feeds', () => {
  async function feed(route: typeof leagueCalendarRoute, id: string, who: Caller = anonymous) {
    const res = await call(route.GET, { path: `/api/v1/x/${id}/calendar.ics`, params: { id }, headers: who.headers });
    return { res, text: await res.text() };
  }
  const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

  it('lists every league game with a stable UID, "Visitor at Home", the venue, all-day dates and final scores', async () => {
    const { res, text } = await feed(leagueCalendarRoute, league.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const games = await leagueGames();
    const parsed = events(text);
    expect(parsed.map((e) => e.uid).sort()).toEqual(games.map((g) => `bb-game-${g.id}@localhost`).sort());
    const timed = games.find((g) => g.date === '2030-01-19' && g.homeTeamId === team.owls);
    const event = parsed.find((e) => e.uid === `bb-game-${timed?.id}@localhost`);
    expect(event?.summary).toBe('Hawks at Owls');
    expect(event?.location).toBe('Riverside Gym');
    expect(event?.start.toISOString()).toBe('2030-01-19T16:00:00.000Z');
    const allDay = parsed.find((e) => e.uid === `bb-game-${games.find((g) => g.date === '2030-01-26')?.id}@localhost`);
    expect(allDay?.datetype).toBe('date');
    const final = parsed.find((e) => e.uid === `bb-game-${games.find((g) => g.date === '2030-01-12')?.id}@localhost`);
    expect(String(final?.description)).toContain('Final: Hawks 35, Owls 40');
    // The same feed again: the same UIDs (a phone updates its events rather than adding them twice).
    expect(events((await feed(leagueCalendarRoute, String(league.id))).text).map((e) => e.uid)).toEqual(parsed.map((e) => e.uid));
  });

  it("a team's feed holds that team's games only", async () => {
    const { res, text } = await feed(teamCalendarRoute, String(team.foxes));
    expect(res.status).toBe(200);
    const foxes = (await leagueGames()).filter((g) => g.homeTeamId === team.foxes || g.awayTeamId === team.foxes);
    expect(
      events(text)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(foxes.map((g) => `bb-game-${g.id}@localhost`).sort());
    expect((await feed(teamCalendarRoute, '999999')).res.status).toBe(404);
  });

  it("a members-only league's feeds are not found for outsiders and private for members", async () => {
    await updateLeague(app.database.db, { userId: leagueAdmin.userId ?? '' }, league.id, { visibility: 'members' });
    try {
      expect((await feed(leagueCalendarRoute, league.slug)).res.status).toBe(404);
      expect((await feed(leagueCalendarRoute, league.slug, fan)).res.status).toBe(404);
      expect((await feed(teamCalendarRoute, String(team.owls))).res.status).toBe(404);
      const member = await feed(leagueCalendarRoute, league.slug, leagueAdmin);
      expect(member.res.status).toBe(200);
      expect(member.res.headers.get('cache-control')).toBe('private, no-store');
      // A calendar app sends no cookie: a member's own token in the address stands in for the session.
      const withToken = async (route: typeof leagueCalendarRoute, id: string, token: string) =>
        (await call(route.GET, { path: `/api/v1/x/${id}/calendar.ics?token=${encodeURIComponent(token)}`, params: { id } }))
          .status;
      const mine = feedToken(leagueAdmin.userId ?? '');
      expect(await withToken(leagueCalendarRoute, league.slug, mine)).toBe(200);
      expect(await withToken(teamCalendarRoute, String(team.owls), mine)).toBe(200);
      expect(await withToken(leagueCalendarRoute, league.slug, feedToken(fan.userId ?? ''))).toBe(404);
      expect(await withToken(leagueCalendarRoute, league.slug, `${leagueAdmin.userId}.forged`)).toBe(404);
      expect(await withToken(leagueCalendarRoute, league.slug, `${fan.userId}.${mine.split('.')[1]}`)).toBe(404);
    } finally {
      await updateLeague(app.database.db, { userId: leagueAdmin.userId ?? '' }, league.id, { visibility: 'public' });
    }
  });
});

describe('changing a scheduled game', () => {
  async function change(who: Caller, gameId: number, method: 'PATCH' | 'DELETE', body?: unknown) {
    const handler = method === 'PATCH' ? scheduledGameRoute.PATCH : scheduledGameRoute.DELETE;
    const res = await call(handler, {
      method,
      path: `/api/v1/leagues/${league.id}/schedule/${gameId}`,
      headers: who.headers,
      params: { id: String(league.id), game_id: String(gameId) },
      body,
    });
    return { status: res.status, json: res.status === 204 ? null : await res.json() };
  }

  it('moves a game (its start moving with it), changes its venue and cancels it, for its league admin only', async () => {
    const made = await post(leagueAdmin, [
      { date: '2031-01-10', time: '18:00', time_zone: 'America/Chicago', home: 'OWL', visitor: 'FOX', venue: 'Old Gym' },
      { date: '2031-01-11', home: 'HWK', visitor: 'FOX' },
    ]);
    const [a, b] = made.json.data.created.map((g: Json) => g.id as number);
    expect((await change(fan, a, 'PATCH', { venue: 'X' })).status).toBe(403);
    expect((await change(otherLeagueAdmin, a, 'DELETE')).status).toBe(403);
    const moved = await change(leagueAdmin, a, 'PATCH', { date: '2031-01-17', venue: 'New Gym' });
    expect(moved.status).toBe(200);
    expect(moved.json.data).toMatchObject({ date: '2031-01-17', starts_at: '2031-01-18T00:00:00.000Z', venue: 'New Gym' });
    const cleared = await change(leagueAdmin, a, 'PATCH', { starts_at: null, venue: null });
    expect(cleared.json.data).toMatchObject({ date: '2031-01-17', starts_at: null, venue: null });
    // Another pair may share the date; the same pair may not (a clash is refused, not doubled).
    expect((await change(leagueAdmin, b, 'PATCH', { date: '2031-01-17' })).status).toBe(200);
    const clash = await post(leagueAdmin, [{ date: '2031-01-24', home: 'FOX', visitor: 'OWL' }]);
    expect((await change(leagueAdmin, clash.json.data.created[0].id, 'PATCH', { date: '2031-01-17' })).status).toBe(409);
    expect((await change(leagueAdmin, b, 'DELETE')).status).toBe(204);
    expect((await leagueGames()).map((g) => g.id)).not.toContain(b);
    expect((await change(leagueAdmin, b, 'DELETE')).status).toBe(404);
  });

  it('leaves a game that has started as it is', async () => {
    const [final] = (await leagueGames()).filter((g) => g.status === 'final');
    expect((await change(leagueAdmin, final?.id ?? 0, 'PATCH', { venue: 'Elsewhere' })).status).toBe(409);
    expect((await change(siteAdmin, final?.id ?? 0, 'DELETE')).status).toBe(409);
  });
});
