// The model registry: versions numbered per line without gaps or repeats, loaded on every replica
// within a second of one admin's load, a corrupted artifact refused at load while the version before
// keeps serving, and unloading followed everywhere.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, modelVersions } from '../../drizzle/schema';
import { ModelReplica } from '../../lib/models/replica';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';
import { registerTestModel } from '../support/model-fixture';
import { routeHandlers } from '../support/routes';

let app: TestApp;
let admin: Caller;
let coach: Caller;
let replicaB: ModelReplica;

beforeAll(async () => {
  app = await startTestApp();
  const a = await makeUser(app.database.db, 'admin');
  const c = await makeUser(app.database.db, 'coach');
  admin = { name: 'admin', userId: a.id, headers: { cookie: await sessionCookie(a.id, 'admin') } };
  coach = { name: 'coach', userId: c.id, headers: { cookie: await sessionCookie(c.id, 'coach') } };
  // A second replica of the app: its own memory, the same database and the same pub/sub.
  replicaB = await new ModelReplica(app.database.db).start();
});
afterAll(async () => {
  await replicaB?.stop();
  await app?.close();
});

type Route = keyof typeof routeHandlers;
async function api(route: Route, who: Caller, params: Record<string, string> = {}, body?: unknown, qs = '') {
  const [method, template] = route.split(' ') as [string, string];
  const path = template.replace(/\{(\w+)\}/g, (_m, k: string) => params[k] ?? '') + qs;
  const handler = routeHandlers[route];
  if (!handler) throw new Error(`no handler for ${route}`);
  const res = await call(handler, { method, path, headers: who.headers, params, body });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
  return { status: res.status, json: (res.status === 204 ? null : await res.json()) as any };
}

async function within(ms: number, check: () => boolean): Promise<number> {
  const t0 = performance.now();
  while (!check()) {
    if (performance.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - t0;
}

describe('the model registry', () => {
  it('numbers the versions of a line 1, 2, 3, … even when trainings finish at once', async () => {
    const name = 'race-line';
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => registerTestModel(app.database.db, name, 0.5 + i / 100)));
    expect(made.map((m) => m.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const listed = await api('GET /api/v1/predictions/models', admin, {}, undefined, `?name=${name}`);
    expect(listed.status).toBe(200);
    expect(listed.json.data.map((v: { version: number }) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(listed.json.data[0]).toMatchObject({ name, kind: 'test-constant', loaded: false, default: false, serving: false });
  });

  it('loads a version on every replica within a second, and unloads it everywhere', async () => {
    const v1 = await registerTestModel(app.database.db, 'nba-game-test', 0.61);
    const params = { name: v1.name, version: String(v1.version) };
    expect((await api('POST /api/v1/predictions/models/{name}/{version}/load', coach, params, { default: true })).status).toBe(
      403,
    );

    const loaded = await api('POST /api/v1/predictions/models/{name}/{version}/load', admin, params, { default: true });
    expect(loaded.status).toBe(200);
    expect(loaded.json.data).toMatchObject({ loaded: true, default: true, serving: true });
    const seenIn = await within(1000, () => replicaB.defaultFor(v1.task, null)?.version === v1.version);
    expect(seenIn).toBeLessThan(1000);
    const model = replicaB.find(v1.name, v1.version)?.model as { predict: () => number };
    expect(model.predict()).toBe(0.61);
    const rows = await app.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, `${v1.name}@${v1.version}`));
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ['model.register', null],
      ['model.load', admin.userId],
    ]);

    const unloaded = await api('DELETE /api/v1/predictions/models/{name}/{version}/load', admin, params);
    expect(unloaded.status).toBe(200);
    expect(unloaded.json.data).toMatchObject({ loaded: false, default: false, serving: false });
    await within(1000, () => replicaB.find(v1.name, v1.version) === undefined);
    expect(replicaB.defaultFor(v1.task, null)).toBeUndefined();
  });

  it('refuses a corrupted artifact at load with the reason, and the version before keeps serving', async () => {
    const good = await registerTestModel(app.database.db, 'corrupt-line', 0.55);
    const bad = await registerTestModel(app.database.db, 'corrupt-line', 0.57);
    const load = (v: number) =>
      api(
        'POST /api/v1/predictions/models/{name}/{version}/load',
        admin,
        { name: 'corrupt-line', version: String(v) },
        { default: true },
      );
    expect((await load(good.version)).status).toBe(200);
    // Someone edits the stored artifact by hand: the checksum no longer matches.
    await app.database.db
      .update(modelVersions)
      .set({ artifact: { home_win_probability: 0.99 } })
      .where(eq(modelVersions.id, bad.id));
    const refused = await load(bad.version);
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toMatch(/corrupt-line version 2 cannot be loaded: .*checksum/);
    await replicaB.sync();
    expect(replicaB.defaultFor(good.task, null)?.version).toBe(good.version);
    const listed = await api('GET /api/v1/predictions/models', admin, {}, undefined, '?name=corrupt-line');
    expect(
      listed.json.data.map((v: { version: number; default: boolean; loaded: boolean }) => [v.version, v.loaded, v.default]),
    ).toEqual([
      [2, false, false],
      [1, true, true],
    ]);
  });

  it('answers unknown versions with 404 and bad names or versions with 400 naming the field', async () => {
    expect(
      (await api('GET /api/v1/predictions/models/{name}/{version}', admin, { name: 'no-such-line', version: '1' })).status,
    ).toBe(404);
    const badVersion = await api('GET /api/v1/predictions/models/{name}/{version}', admin, { name: 'x', version: 'abc' });
    expect(badVersion.status).toBe(400);
    expect(JSON.stringify(badVersion.json.error)).toMatch(/version/);
    const badName = await api('GET /api/v1/predictions/models/{name}/{version}', admin, { name: 'Bad Name!', version: '1' });
    expect(badName.status).toBe(400);
    expect(JSON.stringify(badName.json.error)).toMatch(/name/);
  });
});
