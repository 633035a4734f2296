// The player-stat models through the registry and the API: the demo's 2024-25 player game logs
// imported, every stat's ridge model trained, registered and loaded as the default, then asked as
// clients ask.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { rowsOf } from '../../lib/db/client';
import { loadVersion, unloadVersion } from '../../lib/models/registry';
import { modelReplica } from '../../lib/models/replica';
import '../../lib/predictions/model-kinds';
import { trainAndRegisterPlayerModels } from '../../lib/predictions/players/register';
import { startTestApp, type TestApp } from '../support/app';
import { demoDir } from '../support/basketball-csv';
import { call } from '../support/callers';
import { routeHandlers } from '../support/routes';

const FILE = 'player-games-2024-10-22_2024-12-31.csv';
let app: TestApp;
let leagueId: number;
let star: number;

beforeAll(async () => {
  app = await startTestApp();
  const summary = await importBasketball(app.database, { source: FILE, input: createReadStream(path.join(demoDir, FILE)) });
  expect(summary.rejected).toBe(0);
  leagueId = await importLeagueId(app.database.db);
  const rows = await trainAndRegisterPlayerModels(app.database.db, null, { leagueId, kinds: ['ridge', 'lasso'] });
  for (const row of rows) await loadVersion(app.database.db, null, row.name, row.version, row.kind === 'ridge');
  // The player with the most points in the stored games.
  const [top] = rowsOf<{ player_id: number }>(
    await app.database.db.execute(sql`select player_id from bb_player_lines group by player_id order by sum(pts) desc limit 1`),
  );
  star = Number(top?.player_id);
}, 300_000);
afterAll(async () => {
  await app?.close();
});

async function ask(body: unknown) {
  const handler = routeHandlers['POST /api/v1/predictions/players'];
  if (!handler) throw new Error('no handler');
  const res = await call(handler, { method: 'POST', path: '/api/v1/predictions/players', body });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
  return { status: res.status, json: (await res.json()) as any };
}
const paths = (json: { error: { details?: { path: string }[] } }) => (json.error.details ?? []).map((d) => d.path);

describe('player models in the registry', () => {
  it('registers a line per stat and kind with its held-out score, and loads the defaults on the replica', async () => {
    const replica = await modelReplica(app.database.db);
    for (const stat of ['pts', 'reb', 'ast']) {
      const m = replica.defaultFor(`player-${stat}`, leagueId);
      expect(m).toMatchObject({ name: `nba-player-${stat}-ridge`, kind: 'ridge', version: 1 });
    }
  });
});

describe('POST /api/v1/predictions/players', () => {
  it('answers each stat with an ordered p10–p90 interval, the model and what drove it', async () => {
    const res = await ask({ player_id: star, date: '2024-12-20' });
    expect(res.status).toBe(200);
    const d = res.json.data;
    expect(d.player.id).toBe(star);
    expect(d.prior_games).toBeGreaterThan(10);
    for (const stat of ['pts', 'reb', 'ast']) {
      const s = d[stat];
      expect(s.p10).toBeLessThanOrEqual(s.p50);
      expect(s.p50).toBeLessThanOrEqual(s.p90);
      expect(s.model).toMatchObject({ name: `nba-player-${stat}-ridge`, kind: 'ridge', version: 1 });
      expect(s.contributions.length).toBeGreaterThan(0);
    }
    // The league's top scorer projects well above an average player.
    expect(d.pts.p50).toBeGreaterThan(20);
    const lasso = await ask({ player_id: star, date: '2024-12-20', model: 'lasso', is_home: true });
    expect(lasso.json.data.pts.model.kind).toBe('lasso');
  });

  it('refuses bad input with a 400 naming the field, and an unloaded model with a 409', async () => {
    expect(paths((await ask({ player_id: 999_999 })).json)).toEqual(['player_id']);
    const early = await ask({ player_id: star, date: '2020-01-01' });
    expect(early.status).toBe(400);
    expect(paths(early.json)).toEqual(['date']);
    expect(paths((await ask({ player_id: star, opponent_team_id: 999_999 })).json)).toEqual(['opponent_team_id']);
    const nan = await ask({ player_id: Number.NaN });
    expect(nan.status).toBe(400);
    expect(paths(nan.json)).toEqual(['player_id']);
    expect((await ask({ player_id: star, model: 'linear' })).status).toBe(409);
    await unloadVersion(app.database.db, null, 'nba-player-reb-ridge', 1);
    const none = await ask({ player_id: star, date: '2024-12-20' });
    expect(none.status).toBe(409);
    expect(none.json.error.message).toMatch(/reb model/);
    await loadVersion(app.database.db, null, 'nba-player-reb-ridge', 1, true);
    expect((await ask({ player_id: star, date: '2024-12-20' })).status).toBe(200);
  });
});

describe('GET /api/v1/predictions/players/backtest', () => {
  it('gives per-game predictions whose meta matches its own arithmetic, and the 10-game average from the stored lines', async () => {
    const handler = routeHandlers['GET /api/v1/predictions/players/backtest'];
    if (!handler) throw new Error('no handler');
    const path = '/api/v1/predictions/players/backtest?stat=pts&from=2024-12-15&to=2024-12-31';
    const res = await call(handler, { method: 'GET', path });
    expect(res.status).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: checked field by field
    const { data, meta } = (await res.json()) as any;
    type Item = {
      player_id: number;
      game_id: number;
      date: string;
      actual: number;
      p10: number;
      p50: number;
      p90: number;
      baseline: number;
    };
    const items = data as Item[];
    expect(meta.n).toBe(items.length);
    expect(items.length).toBeGreaterThan(500);
    expect(items.every((g) => g.date >= '2024-12-15' && g.date <= '2024-12-31')).toBe(true);
    const mean = (f: (g: Item) => number) => items.reduce((a, g) => a + f(g), 0) / items.length;
    expect(meta.mae).toBeCloseTo(
      mean((g) => Math.abs(g.actual - g.p50)),
      9,
    );
    expect(meta.baseline_mae).toBeCloseTo(
      mean((g) => Math.abs(g.actual - g.baseline)),
      9,
    );
    expect(meta.coverage).toBeCloseTo(
      mean((g) => (g.actual >= g.p10 && g.actual <= g.p90 ? 1 : 0)),
      9,
    );
    // The baseline is each player's last 10 games before that date, read here from the stored lines.
    const lines = rowsOf<{ player_id: number; date: string; pts: number }>(
      await app.database.db.execute(
        sql`select l.player_id, g.date::text as date, l.pts from bb_player_lines l join bb_games g on g.id = l.game_id where l.min > 0 order by g.date`,
      ),
    );
    for (const g of items.slice(0, 50)) {
      const before = lines.filter((l) => Number(l.player_id) === g.player_id && l.date < g.date).slice(-10);
      const avg = before.reduce((a, l) => a + Number(l.pts), 0) / before.length;
      expect(g.baseline).toBeCloseTo(avg, 9);
      const actual = lines.find((l) => Number(l.player_id) === g.player_id && l.date === g.date);
      expect(g.actual).toBe(Number(actual?.pts));
    }
    expect(meta.mae).toBeLessThan(meta.baseline_mae);
    const bad = await call(handler, {
      method: 'GET',
      path: '/api/v1/predictions/players/backtest?stat=pts&from=2020-01-01&to=2020-02-01',
    });
    expect(bad.status).toBe(400);
    const wrongStat = await call(handler, {
      method: 'GET',
      path: '/api/v1/predictions/players/backtest?stat=stl&from=2024-12-15&to=2024-12-31',
    });
    expect(wrongStat.status).toBe(400);
  });
});
