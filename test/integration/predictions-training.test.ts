// Training from the API: an admin starts a background job (202), polls it through its stages to the
// version it registered; anyone else is refused, and a bad kind is a 400 naming the field.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, leagues, modelVersions } from '../../drizzle/schema';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import '../../lib/predictions/model-kinds';
import { startTrainingJob, trainingJobsSettled, trainingJobView } from '../../lib/predictions/games/training-job';
import { startTestApp, type TestApp } from '../support/app';
import { demoDir } from '../support/basketball-csv';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';
import { routeHandlers } from '../support/routes';

let app: TestApp;
let admin: Caller;
let coach: Caller;
let leagueId: number;

beforeAll(async () => {
  app = await startTestApp();
  for (const file of ['log-2018.csv', 'log-2019.csv']) {
    const summary = await importBasketball(app.database, { source: file, input: createReadStream(path.join(demoDir, file)) });
    expect(summary.rejected).toBe(0);
  }
  leagueId = await importLeagueId(app.database.db);
  const caller = async (role: 'admin' | 'coach') => {
    const user = await makeUser(app.database.db, role);
    return { name: role, userId: user.id, headers: { cookie: await sessionCookie(user.id, role) } };
  };
  admin = await caller('admin');
  coach = await caller('coach');
}, 300_000);
afterAll(async () => {
  await trainingJobsSettled();
  await app?.close();
});

type Route = keyof typeof routeHandlers;
async function api(route: Route, who: Caller, opts: { body?: unknown; id?: string } = {}) {
  const [method, p] = route.split(' ') as [string, string];
  const handler = routeHandlers[route];
  if (!handler) throw new Error(`no handler for ${route}`);
  const res = await call(handler, {
    method,
    path: p.replace('{id}', opts.id ?? ''),
    params: opts.id ? { id: opts.id } : undefined,
    headers: who.headers,
    body: opts.body,
  });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
  return { status: res.status, json: (await res.json()) as any, headers: res.headers };
}

describe('training a game model in the background', () => {
  it('answers 202 with a job, which runs through its stages to a registered version', async () => {
    const res = await api('POST /api/v1/predictions/training', admin, { body: { kind: 'logistic' } });
    expect(res.status).toBe(202);
    const id = res.json.data.id as string;
    expect(res.json.data).toMatchObject({ kind: 'logistic', league_id: leagueId });
    expect(['queued', 'running']).toContain(res.json.data.status);
    expect(res.headers.get('location')).toBe(`/api/v1/predictions/training/${id}`);

    await trainingJobsSettled();
    const done = await api('GET /api/v1/predictions/training/{id}', admin, { id });
    expect(done.status).toBe(200);
    expect(done.json.data).toMatchObject({
      status: 'succeeded',
      stage: 'train',
      progress: { done: 1, total: 1 },
      model: { name: 'nba-game-logistic', version: 1 },
      error: null,
    });
    const [version] = await app.database.db
      .select()
      .from(modelVersions)
      .where(and(eq(modelVersions.name, 'nba-game-logistic'), eq(modelVersions.version, 1)));
    // Registered with its walk-forward record (2018-19, trained on 2017-18), not loaded.
    expect(version?.loaded).toBe(false);
    if (!version) throw new Error('no version registered');
    const wf = (version.metrics as { walk_forward: { seasons: { season: number }[] } }).walk_forward;
    expect(wf.seasons.map((s) => s.season)).toEqual([2018]);
    const audit = await app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'model.train'), eq(auditLog.targetId, id)));
    expect(audit).toHaveLength(1);
  });

  it('is callable from code, and a job that cannot train ends failed with the reason', async () => {
    const job = await startTrainingJob(app.database.db, { kind: 'elo', leagueId, actor: null });
    await trainingJobsSettled();
    expect(await trainingJobView(app.database.db, job.id)).toMatchObject({
      status: 'succeeded',
      model: { name: 'nba-game-elo', version: 1 },
    });
    // A league with no games: nothing to learn from.
    const [empty] = await app.database.db
      .insert(leagues)
      .values({ name: 'Empty', slug: 'empty-training', sport: 'basketball', level: 'youth' })
      .returning({ id: leagues.id });
    const emptyId = empty?.id ?? 0;
    const failed = await startTrainingJob(app.database.db, { kind: 'logistic', leagueId: emptyId, actor: null });
    await trainingJobsSettled();
    const view = await trainingJobView(app.database.db, failed.id);
    expect(view?.status).toBe('failed');
    expect(view?.error).toMatch(/at least two seasons/);
    expect(view?.model).toBeNull();
  });

  it('is for site admins only', async () => {
    const res = await api('POST /api/v1/predictions/training', coach, { body: { kind: 'logistic' } });
    expect(res.status).toBe(403);
    const anon = await api('POST /api/v1/predictions/training', { name: 'anonymous', headers: {} } as Caller, {
      body: { kind: 'logistic' },
    });
    expect(anon.status).toBe(401);
  });

  it('refuses a bad kind or league with a 400 naming the field', async () => {
    const bad = await api('POST /api/v1/predictions/training', admin, { body: { kind: 'neural' } });
    expect(bad.status).toBe(400);
    expect((bad.json.error.details as { path: string }[]).map((d) => d.path)).toContain('kind');
    const league = await api('POST /api/v1/predictions/training', admin, { body: { kind: 'tree', league_id: 'x' } });
    expect(league.status).toBe(400);
    expect((league.json.error.details as { path: string }[]).map((d) => d.path)).toContain('league_id');
    const unknown = await api('GET /api/v1/predictions/training/{id}', admin, { id: 'nope' });
    expect(unknown.status).toBe(400);
  });
});
