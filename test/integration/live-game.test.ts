// Live basketball through the API: creating teams, players and games; recording plays with their
// rules, idempotency and optimistic concurrency; the box score and feed; final lines into averages.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as averagesRoute from '../../app/api/v1/basketball/season-averages/route';
import { bbGames, bbLiveGames, bbPlayerLines, bbTeamLines, bbTeams, events, roleGrants } from '../../drizzle/schema';
import { importLeagueId } from '../../lib/basketball/import/write';
import { rebuildGame } from '../../lib/basketball/scoring/rebuild';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers } from '../support/callers';
import { body, type LiveFixture, makeLiveGame } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';

let app: TestApp;
let callers: Awaited<ReturnType<typeof makeCallers>>;
let coach: Caller;
let admin: Caller;

beforeAll(async () => {
  app = await startTestApp();
  callers = await makeCallers(app.database.db);
  coach = callers.sessions.coach;
  admin = callers.sessions.admin;
});
afterAll(async () => {
  await app?.close();
});

type Route = keyof typeof liveRoutes;
async function send(route: Route, caller: Caller, opts: { body?: unknown; id?: number; qs?: string } = {}) {
  const [method, path] = route.split(' ') as [string, string];
  const res = await call(liveRoutes[route], {
    method,
    path: `${path.replace('{id}', String(opts.id ?? 0))}${opts.qs ? `?${opts.qs}` : ''}`,
    headers: caller.headers,
    body: opts.body,
    params: opts.id === undefined ? {} : { id: String(opts.id) },
  });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
  const json = res.status === 204 ? null : ((await res.json()) as any);
  return { status: res.status, json };
}
const post = (g: LiveFixture, caller: Caller, b: Record<string, unknown>) =>
  send('POST /api/v1/basketball/games/{id}/events', caller, { id: g.gameId, body: b });
const boxscore = async (g: LiveFixture) =>
  (await send('GET /api/v1/basketball/games/{id}/boxscore', admin, { id: g.gameId })).json.data;

async function startedGame(): Promise<LiveFixture> {
  const g = await makeLiveGame(app.database.db, { homeCoachId: coach.userId ?? '', visitorCoachId: admin.userId ?? '' });
  for (const [team, side] of [
    [g.home, 'home'],
    [g.visitor, 'visitor'],
  ] as const) {
    const r = await post(g, coach, body('starters', { team_id: team.teamId, player_ids: team.players.slice(0, 5) }));
    expect(r.status, `${side} starters: ${JSON.stringify(r.json)}`).toBe(201);
  }
  expect((await post(g, coach, body('period_start', { period: 1 }))).status).toBe(201);
  return g;
}

describe('creating what a scorekeeper scores', () => {
  it('refuses a second team of the same name in one league (any case), even when ten ask at once', async () => {
    const first = await send('POST /api/v1/basketball/teams', coach, { body: { name: 'Unique Uniques', abbreviation: 'UNQ' } });
    expect(first.status).toBe(201);
    const league_id = first.json.data.league_id;
    const again = await send('POST /api/v1/basketball/teams', admin, {
      body: { name: 'UNIQUE uniques', abbreviation: 'UN2', league_id },
    });
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/exists already/);
    // Another league (the admin's own pickup league) may hold a team of that name.
    const elsewhere = await send('POST /api/v1/basketball/teams', admin, {
      body: { name: 'UNIQUE uniques', abbreviation: 'UN2' },
    });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.json.data.league_id).not.toBe(league_id);
    // Names are unique within a league: the coach's pickup team may share a name with an NBA team.
    await app.database.db.insert(bbTeams).values({
      leagueId: await importLeagueId(app.database.db),
      sourceId: 'nba-unique-test',
      abbreviation: 'IMP',
      name: 'Imported Importers',
    });
    expect(
      (await send('POST /api/v1/basketball/teams', coach, { body: { name: 'Imported Importers', abbreviation: 'IMQ' } })).status,
    ).toBe(201);
    const racing = await Promise.all(
      Array.from({ length: 10 }, () =>
        send('POST /api/v1/basketball/teams', coach, { body: { name: 'Racing Racers', abbreviation: 'RAC' } }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it('refuses a second team of the same abbreviation in one league (any case, imported teams too), even when ten ask at once', async () => {
    const first = await send('POST /api/v1/basketball/teams', coach, { body: { name: 'Abbr Owners', abbreviation: 'ABO' } });
    expect(first.status).toBe(201);
    const league_id = first.json.data.league_id;
    const again = await send('POST /api/v1/basketball/teams', admin, {
      body: { name: 'Someone Else', abbreviation: 'abo', league_id },
    });
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/abbreviation ABO is taken .* by Abbr Owners/);
    const elsewhere = await send('POST /api/v1/basketball/teams', admin, { body: { name: 'Someone Else', abbreviation: 'ABO' } });
    expect(elsewhere.status).toBe(201);
    const nba = await importLeagueId(app.database.db);
    await app.database.db
      .insert(bbTeams)
      .values({ leagueId: nba, sourceId: 'nba-abbr-test', abbreviation: 'IMZ', name: 'Imported Zebras' });
    const clash = await send('POST /api/v1/basketball/teams', admin, {
      body: { name: 'Zebra Copy', abbreviation: 'IMZ', league_id: nba },
    });
    expect(clash.status).toBe(409);
    expect(clash.json.error.message).toMatch(/by Imported Zebras/);
    const racing = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        send('POST /api/v1/basketball/teams', coach, { body: { name: `Abbr Racer ${i}`, abbreviation: 'ARC' } }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(racing.find((r) => r.status === 409)?.json.error.message).toMatch(/abbreviation ARC is taken/);
  });

  it('a coach creates a team (and then coaches it), its players and a game', async () => {
    const team = await send('POST /api/v1/basketball/teams', coach, {
      body: { name: 'Hornets', abbreviation: 'hor', city: 'Springfield' },
    });
    expect(team.status).toBe(201);
    expect(team.json.data).toMatchObject({
      abbreviation: 'HOR',
      full_name: 'Springfield Hornets',
      name: 'Hornets',
      city: 'Springfield',
    });
    const teamId = team.json.data.id as number;
    const staff = await app.database.db
      .select()
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.scopeKind, 'team'),
          eq(roleGrants.scopeId, teamId),
          eq(roleGrants.role, 'coach'),
          eq(roleGrants.userId, coach.userId ?? ''),
        ),
      );
    expect(staff).toHaveLength(1);

    const player = await send('POST /api/v1/basketball/players', coach, {
      body: { first_name: 'Ada', last_name: 'Lovelace', team_id: teamId, jersey_number: 10, position: 'G' },
    });
    expect(player.status).toBe(201);
    expect(player.json.data).toMatchObject({ name: 'Ada Lovelace', team_id: teamId, jersey_number: 10, position: 'G' });

    const same = await send('POST /api/v1/basketball/players', coach, {
      body: { first_name: 'Bob', last_name: 'Twin', team_id: teamId, jersey_number: 10 },
    });
    expect(same.status).toBe(409);
    expect(same.json.error.message).toMatch(/number 10/);

    const other = await send('POST /api/v1/basketball/teams', admin, { body: { name: 'Owls', abbreviation: 'OWL' } });
    const game = await send('POST /api/v1/basketball/games', coach, {
      body: { date: '2026-11-20', home_team_id: teamId, visitor_team_id: other.json.data.id, rule_set: 'fiba' },
    });
    expect(game.status).toBe(201);
    expect(game.json.data).toMatchObject({ status: 'scheduled', rule_set: 'fiba', home_team: { id: teamId } });
  });

  it('refuses a coach acting for a team they do not coach, and unknown teams', async () => {
    const foreign = await send('POST /api/v1/basketball/teams', admin, { body: { name: 'Foreign', abbreviation: 'FOR' } });
    const foreignId = foreign.json.data.id as number;
    const asCoach = await send('POST /api/v1/basketball/players', coach, {
      body: { first_name: 'X', last_name: 'Y', team_id: foreignId },
    });
    expect(asCoach.status).toBe(403);
    const games = await send('POST /api/v1/basketball/games', coach, {
      body: { date: '2026-11-20', home_team_id: foreignId, visitor_team_id: foreignId + 1000 },
    });
    expect(games.status).toBe(422);
    expect(games.json.error.message).toMatch(/No team with id/);
    const selfGame = await send('POST /api/v1/basketball/games', admin, {
      body: { date: '2026-11-20', home_team_id: foreignId, visitor_team_id: foreignId },
    });
    expect(selfGame.status).toBe(422);
  });
});

describe('recording plays', () => {
  it('a made three with an assist moves the score, the box score and plus/minus', async () => {
    const g = await startedGame();
    const [shooter, passer] = g.home.players as [number, number];
    const r = await post(
      g,
      coach,
      body('field_goal', {
        team_id: g.home.teamId,
        player_id: shooter,
        points: 3,
        made: true,
        assist_player_id: passer,
        x: 0.1,
        y: 0.2,
      }),
    );
    expect(r.status).toBe(201);
    expect(r.json.data).toMatchObject({ seq: 4, type: 'field_goal' });
    const box = await boxscore(g);
    expect(box.state).toMatchObject({ status: 'live', period: 1, score: { home: 3, visitor: 0 }, last_seq: 4 });
    const home = box.teams.find((t: { team_id: number }) => t.team_id === g.home.teamId);
    expect(home.totals).toMatchObject({ pts: 3, fgm: 1, fga: 1, fg3m: 1, fg3a: 1, ast: 1 });
    const line = (id: number) => home.players.find((p: { player_id: number }) => p.player_id === id);
    expect(line(shooter)).toMatchObject({ pts: 3, fg3m: 1, plus_minus: 3, on_court: true, jersey_number: 1 });
    expect(line(passer)).toMatchObject({ ast: 1, plus_minus: 3 });
    const bench = g.home.players[6] as number;
    expect(line(bench)).toMatchObject({ pts: 0, plus_minus: 0, on_court: false });
    const visitor = box.teams.find((t: { team_id: number }) => t.team_id === g.visitor.teamId);
    expect(visitor.players.find((p: { on_court: boolean }) => p.on_court).plus_minus).toBe(-3);
  });

  it('rejects plays that break a rule of the game with a 422 and stores nothing', async () => {
    const g = await startedGame();
    const stranger = g.visitor.players[0] as number;
    const cases = [
      body('field_goal', { team_id: g.home.teamId, player_id: stranger, points: 2, made: true }),
      body('undo', { seq: 99 }),
      body('period_start', { period: 3 }),
      body('substitution', { team_id: g.home.teamId, player_in_id: g.home.players[0], player_out_id: g.home.players[1] }),
    ];
    for (const c of cases) {
      const r = await post(g, coach, c);
      expect(r.status, JSON.stringify(c)).toBe(422);
      expect(r.json.error.code).toBe('rule_violation');
      expect(r.json.error.message.length).toBeGreaterThan(10);
    }
    const [stored] = await app.database.db
      .select({ n: count() })
      .from(events)
      .where(eq(events.stream, `basketball-game:${g.gameId}`));
    expect(stored?.n).toBe(3);
    // Shape errors are 400s with the field named.
    const bad = await post(
      g,
      coach,
      body('field_goal', { team_id: g.home.teamId, player_id: g.home.players[0], points: 4, made: true }),
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json.error.details)).toMatch(/points/);
  });

  it('nothing is accepted after game_end', async () => {
    const g = await startedGame();
    for (const e of [body('period_end', { period: 1 })]) expect((await post(g, coach, e)).status).toBe(201);
    for (const p of [2, 3, 4]) {
      expect((await post(g, coach, body('period_start', { period: p }))).status).toBe(201);
      if (p === 2) {
        const fg = body('field_goal', { team_id: g.home.teamId, player_id: g.home.players[0], points: 2, made: true });
        expect((await post(g, coach, fg)).status).toBe(201);
      }
      expect((await post(g, coach, body('period_end', { period: p }))).status).toBe(201);
    }
    expect((await post(g, coach, body('game_end'))).status).toBe(201);
    const late = await post(g, coach, body('free_throw', { team_id: g.home.teamId, player_id: g.home.players[0], made: true }));
    expect(late.status).toBe(422);
    expect(late.json.error.message).toMatch(/end|final|over/i);
  });

  it('a retried POST returns the original event; a stale expectedSeq is a 409 with the current seq', async () => {
    const g = await startedGame();
    const play = body('free_throw', { team_id: g.home.teamId, player_id: g.home.players[0], made: true }, { expectedSeq: 3 });
    const first = await post(g, coach, play);
    const again = await post(g, coach, play);
    expect(first.status).toBe(201);
    expect(again.json.data).toEqual(first.json.data);
    expect(again.json.meta).toEqual({ duplicate: true });
    expect((await boxscore(g)).state.score.home).toBe(1);

    const stale = await post(
      g,
      coach,
      body('free_throw', { team_id: g.home.teamId, player_id: g.home.players[0], made: true }, { expectedSeq: 3 }),
    );
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: 'stream_conflict', details: { current_seq: 4, expected_seq: 3 } });
    // Same id, different play: refused, not silently merged.
    const reused = await post(g, coach, { ...play, made: false });
    expect(reused.status).toBe(409);
  });

  it('undo voids a play: box score and feed show it, and undoing twice is refused', async () => {
    const g = await startedGame();
    const fg = await post(
      g,
      coach,
      body('field_goal', { team_id: g.home.teamId, player_id: g.home.players[0], points: 2, made: true }),
    );
    expect((await boxscore(g)).state.score.home).toBe(2);
    expect((await post(g, coach, body('undo', { seq: fg.json.data.seq }))).status).toBe(201);
    const box = await boxscore(g);
    expect(box.state.score.home).toBe(0);
    expect(box.teams[1].totals.fga + box.teams[0].totals.fga).toBe(0);
    expect((await post(g, coach, body('undo', { seq: fg.json.data.seq }))).status).toBe(422);
    const plays = (await send('GET /api/v1/basketball/games/{id}/plays', callers.anonymous, { id: g.gameId })).json.data;
    const voided = plays.find((p: { seq: number }) => p.seq === fg.json.data.seq);
    expect(voided).toMatchObject({ voided: true, type: 'field_goal' });
    expect(plays.map((p: { type: string }) => p.type)).not.toContain('undo');
  });

  it('the feed carries the running score and readable descriptions', async () => {
    const g = await startedGame();
    await post(g, coach, body('field_goal', { team_id: g.home.teamId, player_id: g.home.players[0], points: 3, made: true }));
    await post(g, coach, body('free_throw', { team_id: g.visitor.teamId, player_id: g.visitor.players[0], made: true }));
    const res = await send('GET /api/v1/basketball/games/{id}/plays', callers.anonymous, { id: g.gameId, qs: 'after_seq=3' });
    expect(res.status).toBe(200);
    expect(res.json.data.map((p: { seq: number; score: unknown }) => [p.seq, p.score])).toEqual([
      [4, { home: 3, visitor: 0 }],
      [5, { home: 3, visitor: 1 }],
    ]);
    expect(res.json.data[0].description).toMatch(/P1 T/);
  });
});

describe('concurrent scorers', () => {
  it('two scorers posting 500 plays each at once: exactly 1000 events, seq 1..n, a consistent box score', async () => {
    const g = await startedGame();
    const base = 3;
    const scorer = async (caller: Caller, teamId: number, shooter: number) => {
      // Each scorer sends its plays one after another, as a phone would; the two run at once.
      for (let i = 0; i < 500; i++) {
        const r = await post(g, caller, body('free_throw', { team_id: teamId, player_id: shooter, made: i % 2 === 0 }));
        if (r.status !== 201) throw new Error(`play ${i}: ${r.status} ${JSON.stringify(r.json)}`);
      }
    };
    await Promise.all([
      scorer(coach, g.home.teamId, g.home.players[0] as number),
      scorer(admin, g.visitor.teamId, g.visitor.players[0] as number),
    ]);
    const rows = await app.database.db
      .select({ seq: events.seq })
      .from(events)
      .where(eq(events.stream, `basketball-game:${g.gameId}`))
      .orderBy(events.seq);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 1000 + base }, (_, i) => i + 1));
    const box = await boxscore(g);
    expect(box.state.last_seq).toBe(1000 + base);
    for (const t of box.teams) {
      expect(t.totals).toMatchObject({ fta: 500, ftm: 250, pts: 250 });
      expect(t.players.reduce((s: number, p: { pts: number }) => s + p.pts, 0)).toBe(250);
    }
    expect(box.state.score).toEqual({ home: 250, visitor: 250 });
  }, 120_000);
});

describe('a final game feeds the season statistics', () => {
  it("game_end writes the players' lines; undoing it takes them back out", async () => {
    const g = await startedGame();
    const shooter = g.home.players[0] as number;
    await post(g, coach, body('field_goal', { team_id: g.home.teamId, player_id: shooter, points: 2, made: true }));
    await post(g, coach, body('period_end', { period: 1 }));
    for (const p of [2, 3, 4]) {
      await post(g, coach, body('period_start', { period: p }));
      await post(g, coach, body('period_end', { period: p }));
    }
    const end = await post(g, coach, body('game_end'));
    expect(end.status).toBe(201);
    const lines = await app.database.db.select().from(bbPlayerLines).where(eq(bbPlayerLines.gameId, g.gameId));
    // The ten starters appeared; the bench did not.
    expect(lines).toHaveLength(10);
    expect(lines.find((l) => l.playerId === shooter)).toMatchObject({ pts: 2, fgm: 1, min: null });
    const teamLines = await app.database.db.select().from(bbTeamLines).where(eq(bbTeamLines.gameId, g.gameId));
    expect(teamLines.map((t) => t.min)).toEqual([240, 240]);

    const season = new Date().getUTCMonth() >= 7 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
    // The game counts in its league (the coach's pickup games), not in the NBA's averages.
    const [{ league } = { league: 0 }] = await app.database.db
      .select({ league: bbGames.leagueId })
      .from(bbGames)
      .where(eq(bbGames.id, g.gameId));
    const avg = await call(averagesRoute.GET, {
      path: `/api/v1/basketball/season-averages?player_ids[]=${shooter}&seasons[]=${season}&league=${league}`,
    });
    const json = (await avg.json()) as { data: { games_played: number; pts: number }[] };
    expect(json.data[0]).toMatchObject({ games_played: 1, pts: 2 });

    expect((await post(g, coach, body('undo', { seq: end.json.data.seq }))).status).toBe(201);
    expect(await app.database.db.select().from(bbPlayerLines).where(eq(bbPlayerLines.gameId, g.gameId))).toHaveLength(0);
    const after = await call(averagesRoute.GET, {
      path: `/api/v1/basketball/season-averages?player_ids[]=${shooter}&seasons[]=${season}&league=${league}`,
    });
    expect(((await after.json()) as { data: unknown[] }).data).toHaveLength(0);
  });
});

describe('rebuilding projections from the log', () => {
  it('restores a damaged projection and reports a healthy one as unchanged', async () => {
    const g = await startedGame();
    await post(g, coach, body('field_goal', { team_id: g.home.teamId, player_id: g.home.players[0], points: 3, made: true }));
    const fg = await post(
      g,
      coach,
      body('field_goal', { team_id: g.visitor.teamId, player_id: g.visitor.players[0], points: 2, made: true }),
    );
    await post(g, coach, body('undo', { seq: fg.json.data.seq }));
    const healthy = await boxscore(g);
    expect(await rebuildGame(app.database.db, g.gameId)).toEqual({ changed: false, events: 6 });

    const [live] = await app.database.db.select().from(bbLiveGames).where(eq(bbLiveGames.gameId, g.gameId));
    const damaged = structuredClone(live?.state) as { score: { home: number } };
    damaged.score.home = 99;
    await app.database.db.update(bbLiveGames).set({ state: damaged }).where(eq(bbLiveGames.gameId, g.gameId));
    expect((await boxscore(g)).state.score.home).toBe(99);
    expect(await rebuildGame(app.database.db, g.gameId)).toEqual({ changed: true, events: 6 });
    expect(await boxscore(g)).toEqual(healthy);
  });
});
