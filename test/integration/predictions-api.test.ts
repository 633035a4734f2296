// The predictions API on real data: three NBA seasons imported, the demo's default models trained
// into the registry (logistic, the default; Elo alone), then asked through the routes as clients ask.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbTeams } from '../../drizzle/schema';
import { createApiKey } from '../../lib/auth/api-keys';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { metrics } from '../../lib/metrics';
import { loadVersion, unloadVersion } from '../../lib/models/registry';
import '../../lib/predictions/model-kinds';
import { FEATURES } from '../../lib/predictions/games/features';
import { trainAndRegisterGameModel } from '../../lib/predictions/games/register';
import { startTestApp, type TestApp } from '../support/app';
import { demoDir } from '../support/basketball-csv';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';
import { routeHandlers } from '../support/routes';

let app: TestApp;
let fan: Caller;
let bos: number;
let nyk: number;
let leagueId: number;

beforeAll(async () => {
  app = await startTestApp();
  for (const file of ['log-2017.csv', 'log-2018.csv', 'log-2019.csv']) {
    const summary = await importBasketball(app.database, { source: file, input: createReadStream(path.join(demoDir, file)) });
    expect(summary.rejected).toBe(0);
  }
  leagueId = await importLeagueId(app.database.db);
  for (const kind of ['logistic', 'elo'] as const) {
    const row = await trainAndRegisterGameModel(app.database.db, null, { leagueId, kind, backtestSeasons: 1 });
    await loadVersion(app.database.db, null, row.name, row.version, kind === 'logistic');
  }
  const team = async (abbreviation: string) =>
    (await app.database.db.select({ id: bbTeams.id }).from(bbTeams).where(eq(bbTeams.abbreviation, abbreviation)))[0]?.id ?? 0;
  [bos, nyk] = [await team('BOS'), await team('NYK')];
  const user = await makeUser(app.database.db, 'fan');
  fan = { name: 'fan', userId: user.id, headers: { cookie: await sessionCookie(user.id, 'fan') } };
}, 300_000);
afterAll(async () => {
  await app?.close();
});

type Route = keyof typeof routeHandlers;
async function api(route: Route, body?: unknown, qs = '', who: Caller = fan) {
  const [method, p] = route.split(' ') as [string, string];
  const handler = routeHandlers[route];
  if (!handler) throw new Error(`no handler for ${route}`);
  const res = await call(handler, { method, path: `${p}${qs}`, headers: who.headers, body });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
  return { status: res.status, json: (await res.json()) as any };
}
const problemPaths = (json: { error: { details?: { path: string }[] } }) => (json.error.details ?? []).map((d) => d.path);

describe('game predictions over the API', () => {
  it('predicts a matchup from stored data with the default model, naming it and what drove it', async () => {
    const res = await api('POST /api/v1/predictions/games/simple', {
      home_team_id: bos,
      visitor_team_id: nyk,
      date: '2019-03-01',
    });
    expect(res.status).toBe(200);
    const d = res.json.data;
    expect(d.home_team).toMatchObject({ id: bos, abbreviation: 'BOS' });
    expect(d.visitor_team).toMatchObject({ id: nyk, abbreviation: 'NYK' });
    expect(d.model).toMatchObject({ name: 'nba-game-logistic', kind: 'logistic', version: 1 });
    // The 2018-19 Celtics (49-33) at home against the Knicks (17-65).
    expect(d.home_win_probability).toBeGreaterThan(0.75);
    expect(d.expected_margin).toBeGreaterThan(5);
    expect(d.contributions.length).toBeGreaterThan(0);
    const swapped = await api('POST /api/v1/predictions/games/simple', {
      home_team_id: nyk,
      visitor_team_id: bos,
      date: '2019-03-01',
    });
    expect(swapped.json.data.home_win_probability).toBeLessThan(0.5);
  });

  it('answers with the model asked for, and 409 for one that exists but is not loaded', async () => {
    const body = { home_team_id: bos, visitor_team_id: nyk, date: '2019-03-01' };
    const elo = await api('POST /api/v1/predictions/games/simple', { ...body, model: 'elo' });
    expect(elo.json.data.model).toMatchObject({ kind: 'elo', name: 'nba-game-elo' });
    const compare = await api('POST /api/v1/predictions/compare', body);
    expect(compare.status).toBe(200);
    expect(
      compare.json.data.answers.map((a: { model: { kind: string }; default: boolean }) => [a.model.kind, a.default]),
    ).toEqual([
      ['logistic', true],
      ['elo', false],
    ]);
    expect((await api('POST /api/v1/predictions/games/simple', { ...body, model: 'forest' })).status).toBe(404);
    await unloadVersion(app.database.db, null, 'nba-game-elo', 1);
    try {
      const unloaded = await api('POST /api/v1/predictions/games/simple', { ...body, model: 'elo' });
      expect(unloaded.status).toBe(409);
      expect(unloaded.json.error.message).toMatch(/not loaded/);
    } finally {
      await loadVersion(app.database.db, null, 'nba-game-elo', 1, false);
    }
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const unknown = await api('POST /api/v1/predictions/games/simple', { home_team_id: 999_999, visitor_team_id: nyk });
    expect(unknown.status).toBe(400);
    expect(problemPaths(unknown.json)).toEqual(['home_team_id']);
    const early = await api('POST /api/v1/predictions/games/simple', {
      home_team_id: bos,
      visitor_team_id: nyk,
      date: '1990-01-01',
    });
    expect(early.status).toBe(400);
    expect(problemPaths(early.json)).toEqual(['date']);
    const itself = await api('POST /api/v1/predictions/games/simple', { home_team_id: bos, visitor_team_id: bos });
    expect(problemPaths(itself.json)).toEqual(['visitor_team_id']);
    const many = await api('POST /api/v1/predictions/batch', {
      matchups: Array.from({ length: 101 }, () => ({ home_team_id: bos, visitor_team_id: nyk })),
    });
    expect(many.status).toBe(400);
    expect(problemPaths(many.json)).toEqual(['matchups']);
    const nan = await api('POST /api/v1/predictions/games', { features: { elo_diff: 'NaN' } });
    expect(nan.status).toBe(400);
    expect(problemPaths(nan.json)).toEqual(['features.elo_diff']);
    const missing = await api('POST /api/v1/predictions/games', { features: { elo_diff: 40 } });
    expect(missing.status).toBe(400);
    expect(problemPaths(missing.json)[0]).toMatch(/^features\./);
  });

  it('predicts from explicit features and batches up to 100 matchups, naming a bad one by index', async () => {
    const features = Object.fromEntries(FEATURES.map((f) => [f, 0]));
    const even = await api('POST /api/v1/predictions/games', { features });
    expect(even.status).toBe(200);
    const favoured = await api('POST /api/v1/predictions/games', { features: { ...features, elo_diff: 200 } });
    expect(favoured.json.data.home_win_probability).toBeGreaterThan(even.json.data.home_win_probability);
    const batch = await api('POST /api/v1/predictions/batch', {
      matchups: Array.from({ length: 100 }, (_, i) => ({
        home_team_id: i % 2 ? bos : nyk,
        visitor_team_id: i % 2 ? nyk : bos,
        date: '2019-03-01',
      })),
    });
    expect(batch.status).toBe(200);
    expect(batch.json.data).toHaveLength(100);
    const bad = await api('POST /api/v1/predictions/batch', {
      matchups: [
        { home_team_id: bos, visitor_team_id: nyk },
        { home_team_id: bos, visitor_team_id: 999_999 },
      ],
    });
    expect(problemPaths(bad.json)).toEqual(['matchups.1.visitor_team_id']);
  });

  it('gives the walk-forward forecasts of a date range, each checkable against its score', async () => {
    const res = await api('GET /api/v1/predictions/backtest', undefined, '?model=logistic&from=2018-10-16&to=2019-04-10');
    expect(res.status).toBe(200);
    const items = res.json.data as { home_win_probability: number; home_team_score: number; visitor_team_score: number }[];
    expect(items).toHaveLength(1230);
    expect(items[0]).toMatchObject({ date: '2018-10-16', home_team: { abbreviation: expect.any(String) } });
    const right = items.filter((g) => g.home_win_probability >= 0.5 === g.home_team_score > g.visitor_team_score).length;
    expect(res.json.meta).toMatchObject({ n: 1230, kind: 'logistic', trained: [{ season: 2018, trained_on_games: 2460 }] });
    expect(res.json.meta.accuracy).toBeCloseTo(right / 1230, 10);
    expect(res.json.meta.accuracy).toBeGreaterThan(0.62);
    const backwards = await api('GET /api/v1/predictions/backtest', undefined, '?from=2019-04-10&to=2018-10-16');
    expect(backwards.status).toBe(400);
    expect(problemPaths(backwards.json)).toEqual(['to']);
  });
});

describe('the prediction history', () => {
  it('records every game answer under its request id and shows callers their own, by session or key, page by page', async () => {
    const owner = await makeUser(app.database.db, 'fan');
    const other = await makeUser(app.database.db, 'fan');
    const key = await createApiKey(app.database.db, owner.id, 'predictor', 'read');
    const asOwner: Caller = { name: 'owner', userId: owner.id, headers: { authorization: `Bearer ${key.key}` } };
    const asOther: Caller = { name: 'other', userId: other.id, headers: { cookie: await sessionCookie(other.id, 'fan') } };
    const ask = async (route: Route, body: unknown, who: Caller) => {
      const [method, p] = route.split(' ') as [string, string];
      const res = await call(routeHandlers[route] as never, { method, path: p, headers: who.headers, body });
      expect(res.status).toBe(200);
      return res.headers.get('x-request-id');
    };
    const matchup = { home_team_id: bos, visitor_team_id: nyk, date: '2019-03-01' };
    const features = Object.fromEntries(FEATURES.map((f) => [f, 0]));
    const ids = {
      games: await ask('POST /api/v1/predictions/games', { features }, asOwner),
      simple: await ask('POST /api/v1/predictions/games/simple', matchup, asOwner),
      compare: await ask('POST /api/v1/predictions/compare', matchup, asOwner),
      batch: await ask('POST /api/v1/predictions/batch', { matchups: [matchup, { ...matchup, date: '2019-02-01' }] }, asOwner),
    };
    await ask('POST /api/v1/predictions/games/simple', matchup, asOther);

    const mine = await api('GET /api/v1/predictions/history', undefined, '?per_page=100', asOwner);
    expect(mine.status).toBe(200);
    const rows = mine.json.data as {
      id: number;
      request_id: string;
      endpoint: string;
      model: { name: string; version: number };
      features: Record<string, number>;
      result: Record<string, unknown>;
    }[];
    // games 1, simple 1, compare one per loaded model (2), batch 2: newest first.
    expect(rows.map((r) => r.endpoint)).toEqual(['batch', 'batch', 'compare', 'compare', 'games/simple', 'games']);
    expect(rows.find((r) => r.endpoint === 'games')).toMatchObject({ request_id: ids.games, features });
    const simple = rows.find((r) => r.endpoint === 'games/simple');
    expect(simple).toMatchObject({ request_id: ids.simple, model: { name: 'nba-game-logistic', version: 1 } });
    expect(simple?.result).toMatchObject({ home_team_id: bos, visitor_team_id: nyk, home_win_probability: expect.any(Number) });
    expect(Object.keys(simple?.features ?? {}).sort()).toEqual([...FEATURES].sort());
    expect(
      rows
        .filter((r) => r.request_id === ids.compare)
        .map((r) => r.model.name)
        .sort(),
    ).toEqual(['nba-game-elo', 'nba-game-logistic']);
    expect(rows.filter((r) => r.request_id === ids.batch)).toHaveLength(2);

    const theirs = await api('GET /api/v1/predictions/history', undefined, '', asOther);
    expect(theirs.json.data).toHaveLength(1);
    expect(theirs.json.data[0].request_id).not.toBe(ids.simple);

    const first = await api('GET /api/v1/predictions/history', undefined, '?per_page=4', asOwner);
    expect(first.json.data).toHaveLength(4);
    const second = await api(
      'GET /api/v1/predictions/history',
      undefined,
      `?per_page=4&cursor=${first.json.meta.next_cursor}`,
      asOwner,
    );
    expect([...first.json.data, ...second.json.data].map((r: { id: number }) => r.id)).toEqual(rows.map((r) => r.id));
    expect(second.json.meta.next_cursor).toBeNull();

    const anonymous = await api('GET /api/v1/predictions/history', undefined, '', { name: 'anon', userId: '', headers: {} });
    expect(anonymous.status).toBe(401);
  });
});

describe('the prediction cache and its metrics', () => {
  const counted = async (model: string, cache: 'hit' | 'miss') =>
    (await metrics().predictions.get()).values
      .filter((v) => v.labels.model === model && v.labels.cache === cache)
      .reduce((n, v) => n + v.value, 0);
  const observations = async (metric: 'inferenceDuration' | 'modelLoadDuration') =>
    (await metrics()[metric].get()).values.filter((v) => v.metricName?.endsWith('_count')).reduce((n, v) => n + v.value, 0);

  it('answers a repeated vector from the cache, misses after a default change, and counts it all', async () => {
    // A vector no earlier run can have cached: the cache outlives a test run for 5 minutes.
    const features = Object.fromEntries(FEATURES.map((f) => [f, Math.random()]));
    const [missesBefore, hitsBefore, inferences] = [
      await counted('nba-game-logistic', 'miss'),
      await counted('nba-game-logistic', 'hit'),
      await observations('inferenceDuration'),
    ];
    const first = await api('POST /api/v1/predictions/games', { features });
    const again = await api('POST /api/v1/predictions/games', { features });
    expect(again.json.data).toEqual(first.json.data);
    expect(await counted('nba-game-logistic', 'miss')).toBe(missesBefore + 1);
    expect(await counted('nba-game-logistic', 'hit')).toBe(hitsBefore + 1);
    expect(await observations('inferenceDuration')).toBe(inferences + 1);
    const loadedGauge = async () => (await metrics().loadedModels.get()).values.find((v) => v.labels.task === 'game')?.value ?? 0;
    expect(await loadedGauge()).toBe(2);

    const eloMisses = await counted('nba-game-elo', 'miss');
    const loads = await observations('modelLoadDuration');
    await loadVersion(app.database.db, null, 'nba-game-elo', 1, true);
    try {
      const afterChange = await api('POST /api/v1/predictions/games', { features });
      expect(afterChange.json.data.model).toMatchObject({ name: 'nba-game-elo' });
      expect(await counted('nba-game-elo', 'miss')).toBe(eloMisses + 1);
      // The same vector under the new default is elo's answer, not the cached logistic one.
      expect(afterChange.json.data.home_win_probability).not.toBe(first.json.data.home_win_probability);
      await unloadVersion(app.database.db, null, 'nba-game-elo', 1);
      await api('POST /api/v1/predictions/games', { features, model: 'logistic' });
      expect(await loadedGauge()).toBe(1);
    } finally {
      await loadVersion(app.database.db, null, 'nba-game-logistic', 1, true);
      await loadVersion(app.database.db, null, 'nba-game-elo', 1, false);
    }
    await api('POST /api/v1/predictions/games', { features });
    // Reloading elo built its artifact again on this replica.
    expect(await observations('modelLoadDuration')).toBeGreaterThan(loads);
    expect(await loadedGauge()).toBe(2);
  });
});
