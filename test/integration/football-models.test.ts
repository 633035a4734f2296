// The football models in the registry: trained from the fixture into versions of nflscrapr-ep and
// nflscrapr-wp with their held-out errors, loaded as their tasks' defaults, listed by the models API
// as serving, and answering a situation the way the committed default does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NFLSCRAPR_MODEL } from '../../lib/football/expected-points/default-model';
import { scoreSituation } from '../../lib/football/expected-points/model';
import { type WinProbabilityModel, WP_TASK } from '../../lib/football/expected-points/model-kinds';
import { parseNflscraprCsv } from '../../lib/football/expected-points/nflscrapr';
import { trainAndRegisterFootballModels, WP_MODEL_NAME } from '../../lib/football/expected-points/register';
import { loadVersion } from '../../lib/models/registry';
import { modelReplica } from '../../lib/models/replica';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';
import { routeHandlers } from '../support/routes';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the football models in the registry', () => {
  it('register with their held-out errors, load as defaults and are listed as serving', async () => {
    const plays = parseNflscraprCsv(
      readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'football', 'nflscrapR-ep-wp.csv.gz')),
    );
    const { epRow, wpRow } = await trainAndRegisterFootballModels(app.database.db, null, plays, { lastTrainingSeason: 2016 });
    const epMae = (epRow.metrics as { held_out: { mae_vs_nflscrapr_ep: number; seasons: number[] } }).held_out;
    const wpMae = (wpRow.metrics as { held_out: { mae_vs_nflscrapr_wp: number } }).held_out;
    expect(epMae.seasons).toEqual([2017, 2018]);
    expect(epMae.mae_vs_nflscrapr_ep).toBeLessThan(0.1);
    expect(wpMae.mae_vs_nflscrapr_wp).toBeLessThan(0.03);
    await loadVersion(app.database.db, null, epRow.name, epRow.version, true);
    await loadVersion(app.database.db, null, wpRow.name, wpRow.version, true);

    const admin = await makeUser(app.database.db, 'admin');
    const handler = routeHandlers['GET /api/v1/predictions/models'];
    if (!handler) throw new Error('no models route');
    const res = await call(handler, {
      method: 'GET',
      path: `/api/v1/predictions/models?task=${WP_TASK}`,
      headers: { cookie: await sessionCookie(admin.id, 'admin') },
      params: {},
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { name: string; task: string; serving: boolean; default: boolean }[] };
    expect(body.data).toEqual([expect.objectContaining({ name: WP_MODEL_NAME, task: WP_TASK, serving: true, default: true })]);

    const served = (await modelReplica(app.database.db)).defaultFor(WP_TASK, null);
    if (!served) throw new Error('no football-wp default is serving');
    const situation = {
      kind: 'scrimmage' as const,
      down: 3,
      ydstogo: 4,
      yardline100: 35,
      goalToGo: false,
      halfSecondsRemaining: 400,
      gameSecondsRemaining: 400,
      quarter: 4,
      scoreDifferential: -4,
      posteamTimeouts: 2,
      defteamTimeouts: 3,
    };
    const ours = (served.model as WinProbabilityModel).score(situation);
    const committed = scoreSituation(NFLSCRAPR_MODEL, situation);
    // Fit on fewer seasons than the committed default, so close to it rather than equal.
    expect(Math.abs(ours.ep - committed.ep)).toBeLessThan(0.25);
    expect(Math.abs(ours.wp - committed.wp)).toBeLessThan(0.05);
  });
});
