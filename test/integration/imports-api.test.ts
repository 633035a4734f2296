import { parse } from 'csv-parse/sync';
// Uploading files through the API: 202 at once, the job polled to its end, rejections with row
// numbers, failures recorded on the job, and the admin-only and size limits.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, importJobs } from '../../drizzle/schema';
import { createApiKey } from '../../lib/auth/api-keys';
import { backgroundImportsSettled } from '../../lib/imports/background';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers, makeUser } from '../support/callers';
import { routeHandlers } from '../support/routes';

function route(key: string) {
  const handler = routeHandlers[key];
  if (!handler) throw new Error(`${key} is missing from test/support/routes.ts`);
  return handler;
}
const POST = route('POST /api/v1/basketball/imports');
const LIST = route('GET /api/v1/basketball/imports');
const GET = route('GET /api/v1/basketball/imports/{id}');

let app: TestApp;
let callers: Awaited<ReturnType<typeof makeCallers>>;
let admin: Caller;
beforeAll(async () => {
  app = await startTestApp();
  callers = await makeCallers(app.database.db);
  admin = callers.sessions.admin;
});
afterAll(async () => {
  await backgroundImportsSettled();
  await app?.close();
});

const header =
  'SEASON_ID,TEAM_ID,TEAM_ABBREVIATION,TEAM_NAME,GAME_ID,GAME_DATE,MATCHUP,WL,MIN,FGM,FGA,FG_PCT,FG3M,FG3A,FG3_PCT,FTM,FTA,FT_PCT,OREB,DREB,REB,AST,STL,BLK,TOV,PF,PTS,PLUS_MINUS,VIDEO_AVAILABLE';
const line = (team: string, abbr: string, game: string, matchup: string, wl: string, pts: string) =>
  `22031,${team},${abbr},Team ${abbr},${game},2032-01-05,${matchup},${wl},240,40,90,0.444,10,30,0.333,12,15,0.8,10,35,45,20,8,5,12,20,${pts},5,1`;
const validCsv = [
  header,
  line('1610612738', 'BOS', '0023100001', 'BOS vs. NYK', 'W', '102'),
  line('1610612752', 'NYK', '0023100001', 'NYK @ BOS', 'L', '97'),
  line('1610612738', 'BOS', '0023100002', 'BOS @ NYK', 'W', '99'),
  line('1610612752', 'NYK', '0023100002', 'NYK vs. BOS', 'L', '98'),
].join('\n');

const upload = (caller: Caller, body: string, type = 'text/csv', query = 'filename=games.csv') =>
  call(POST, {
    method: 'POST',
    path: `/api/v1/basketball/imports?${query}`,
    headers: { ...caller.headers, 'content-type': type },
    rawBody: body,
  });

/** Polls like the admin page does, until the job has ended. */
async function waitForJob(id: string, caller = admin) {
  for (let i = 0; i < 200; i++) {
    const res = await call(GET, { path: `/api/v1/basketball/imports/${id}`, headers: caller.headers, params: { id } });
    expect(res.status).toBe(200);
    const { data } = await res.json();
    if (['succeeded', 'partial', 'failed'].includes(data.status)) return data;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} never finished`);
}

const jobCount = async () => (await app.database.db.select({ n: count() }).from(importJobs))[0]?.n;

describe('POST /api/v1/basketball/imports', () => {
  it('answers 202 with the queued job, audits it, and the import finishes with the right counts', async () => {
    const res = await upload(admin, validCsv);
    expect(res.status).toBe(202);
    const { data } = await res.json();
    expect(data).toEqual({ id: expect.any(String), status: 'queued', source: 'games.csv' });
    expect(res.headers.get('location')).toBe(`/api/v1/basketball/imports/${data.id}`);
    const [audit] = await app.database.db.select().from(auditLog).where(eq(auditLog.targetId, data.id));
    expect(audit).toMatchObject({ actorId: admin.userId, action: 'import.start', targetType: 'import_job' });

    const job = await waitForJob(data.id);
    expect(job).toMatchObject({
      kind: 'basketball',
      source: 'games.csv',
      status: 'succeeded',
      total_rows: 4,
      processed_rows: 4,
      inserted_rows: 4,
      rejected_rows: 0,
      error: null,
      rejections: [],
    });
    expect(job.started_at).not.toBeNull();
    expect(job.finished_at).not.toBeNull();
  });

  it('lists a malformed row as a rejection with its row number and imports the rest', async () => {
    const csv = [
      validCsv.split('\n').slice(0, 3).join('\n'),
      line('1610612738', 'BOS', '0023100009', 'BOS @ NYK', 'W', 'lots'),
    ].join('\n');
    const res = await upload(admin, csv, 'text/csv; charset=utf-8');
    expect(res.status).toBe(202);
    const job = await waitForJob((await res.json()).data.id);
    expect(job).toMatchObject({ status: 'partial', processed_rows: 3, rejected_rows: 1 });
    expect(job.inserted_rows + job.updated_rows + job.unchanged_rows).toBe(2);
    expect(job.rejections).toEqual([{ row_number: 4, reason: expect.stringMatching(/^row 4, PTS: 'lots'/) }]);
  });

  it('offers every rejected row as a CSV to fix and upload again, formula cells escaped, for admins only', async () => {
    const csv = [
      validCsv.split('\n')[0],
      line('1610612738', 'BOS', '0023100011', 'BOS @ NYK', 'W', '=1+2'),
      line('1610612752', 'NYK', '0023100011', 'NYK vs. BOS', 'L', 'x'),
    ].join('\n');
    const res = await upload(admin, csv, 'text/csv');
    const id = (await res.json()).data.id as string;
    const job = await waitForJob(id);
    expect(job).toMatchObject({ status: 'failed', rejected_rows: 2 });
    const download = await call(route('GET /api/v1/basketball/imports/{id}/rejections.csv'), {
      path: `/api/v1/basketball/imports/${id}/rejections.csv`,
      headers: admin.headers,
      params: { id },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(await download.text(), { columns: true }) as { row_number: string; reason: string; raw: string }[];
    expect(rows.map((r) => r.row_number)).toEqual(['2', '3']);
    expect(rows[0]?.reason).toMatch(/^'?row 2, PTS: /);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@]/);
    const coach = await call(route('GET /api/v1/basketball/imports/{id}/rejections.csv'), {
      path: `/api/v1/basketball/imports/${id}/rejections.csv`,
      headers: callers.sessions.coach.headers,
      params: { id },
    });
    expect(coach.status).toBe(403);
  });

  it('fails the job with a clear error when the file is in no known format', async () => {
    const res = await upload(admin, 'hello, world\nthis is, not a stats file\n', 'text/csv', '');
    expect(res.status).toBe(202);
    const { data } = await res.json();
    expect(data.source).toBe('upload.csv');
    const job = await waitForJob(data.id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/^Unrecognised file: expected a stats\.nba\.com team game log/);
  });

  it('is for admins only: sessions and API keys of other roles are refused, an admin write key is not', async () => {
    const adminUser = await makeUser(app.database.db, 'admin');
    const adminWrite = await createApiKey(app.database.db, adminUser.id, 'w', 'write');
    const adminRead = await createApiKey(app.database.db, adminUser.id, 'r', 'read');
    const bearer = (key: string): Caller => ({ name: 'key', headers: { authorization: `Bearer ${key}` } });
    const before = await jobCount();
    expect((await upload(callers.anonymous, validCsv)).status).toBe(401);
    for (const role of ['coach', 'player', 'fan'] as const)
      expect((await upload(callers.sessions[role], validCsv)).status).toBe(403);
    expect((await upload(callers.writeKey, validCsv)).status).toBe(403);
    expect((await upload(bearer(adminRead.key), validCsv)).status).toBe(403);
    expect(await jobCount()).toBe(before);
    const res = await upload(bearer(adminWrite.key), validCsv);
    expect(res.status).toBe(202);
    expect((await waitForJob((await res.json()).data.id)).status).toBe('succeeded');
  });

  it('answers 413 for a body over 20 MB, whether or not its length is declared, and creates no job', async () => {
    const before = await jobCount();
    const declared = await upload({ name: 'admin', headers: { ...admin.headers, 'content-length': String(21 * 2 ** 20) } }, 'x');
    expect(declared.status).toBe(413);
    // Streamed without a content-length: counted as it arrives and cut off past the limit.
    const chunk = new TextEncoder().encode(`${'1'.repeat(1023)}\n`.repeat(1024)); // 1 MB
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 21) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const req = new Request('http://localhost/api/v1/basketball/imports', {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
    const res = await POST(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'payload_too_large', message: 'The body may be at most 20 MB.' });
    expect(sent).toBeLessThanOrEqual(22);
    expect(await jobCount()).toBe(before);
  });

  it('refuses other content types, an empty body and a cut-short body with 400, creating no job', async () => {
    const before = await jobCount();
    expect((await upload(admin, validCsv, 'text/plain')).status).toBe(400);
    expect((await upload(admin, validCsv, 'multipart/form-data; boundary=x')).status).toBe(400);
    expect((await upload(admin, '')).status).toBe(400);
    const short = await upload({ name: 'admin', headers: { ...admin.headers, 'content-length': '999999' } }, validCsv);
    expect(short.status).toBe(400);
    expect((await short.json()).error.message).toMatch(/cut short/);
    expect((await upload(admin, validCsv, 'text/csv', 'filename=%00x.csv')).status).toBe(400);
    expect(await jobCount()).toBe(before);
  });
});

describe('GET /api/v1/basketball/imports', () => {
  it('lists jobs newest first with cursor pagination, for admins only', async () => {
    const ids: string[] = [];
    for (const name of ['a.csv', 'b.csv', 'c.csv']) {
      ids.push((await (await upload(admin, validCsv, 'text/csv', `filename=${name}`)).json()).data.id);
    }
    await backgroundImportsSettled();
    const page = async (qs: string) => {
      const res = await call(LIST, { path: `/api/v1/basketball/imports?${qs}`, headers: admin.headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      return res.json();
    };
    const first = await page('per_page=2');
    expect(first.data.map((j: { id: string }) => j.id)).toEqual([ids[2], ids[1]]);
    // The same file three times: the first inserts, the later ones find every line as stored.
    expect(first.data[0]).toMatchObject({ source: 'c.csv', status: 'succeeded', inserted_rows: 0, unchanged_rows: 4 });
    const second = await page(`per_page=2&cursor=${first.meta.next_cursor}`);
    expect(second.data[0].id).toBe(ids[0]);
    // validCsv was imported by an earlier test: even the first of these finds every line stored.
    expect(second.data[0]).toMatchObject({ source: 'a.csv', inserted_rows: 0, unchanged_rows: 4 });
    expect((await call(LIST, { path: '/api/v1/basketball/imports?cursor=nonsense', headers: admin.headers })).status).toBe(400);
    expect((await call(LIST, { path: '/api/v1/basketball/imports', headers: callers.sessions.coach.headers })).status).toBe(403);
    expect((await call(LIST, { path: '/api/v1/basketball/imports', headers: callers.readKey.headers })).status).toBe(403);
  });

  it('answers 404 for an unknown job, 400 for a malformed id and 403 for a non-admin', async () => {
    const get = (id: string, caller = admin) =>
      call(GET, { path: `/api/v1/basketball/imports/${id}`, headers: caller.headers, params: { id } });
    expect((await get('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('42')).status).toBe(400);
    const id = (await (await upload(admin, validCsv)).json()).data.id;
    expect((await get(id, callers.sessions.fan)).status).toBe(403);
    expect((await get(id, callers.anonymous)).status).toBe(401);
  });
});
