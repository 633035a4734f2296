// Media storage end to end, on both drivers: one contract suite for the storage interface, then the
// API (upload, presigned upload, file with ranges, thumbnail, delete, quota, permissions). The S3
// driver talks to a real S3-compatible server (s3rver) started here on a free port.

import { eq } from 'drizzle-orm';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as diskUploadRoute from '../../app/api/media-uploads/[...key]/route';
import { media } from '../../drizzle/schema';
import { ABANDONED_AFTER_SECONDS, getMedia } from '../../lib/media/service';
import { mediaStorage, type PresignedUpload, type Storage } from '../../lib/storage';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers } from '../support/callers';
import { makeTeam } from '../support/live-game';
import { jpegWithGps, tinyPdf } from '../support/media';
import { routeHandlers } from '../support/routes';
import { startS3Server, type TestS3 } from '../support/s3-server';

let app: TestApp;
let s3: TestS3;
let callers: Awaited<ReturnType<typeof makeCallers>>;
let team: { teamId: number; players: number[] };
let otherTeam: { teamId: number };

beforeAll(async () => {
  s3 = await startS3Server();
  app = await startTestApp();
  callers = await makeCallers(app.database.db);
  team = await makeTeam(app.database.db, callers.sessions.coach.userId ?? '', 1);
  otherTeam = await makeTeam(app.database.db, callers.sessions.admin.userId ?? '', 0);
});
afterAll(async () => {
  await app?.close();
  await s3?.close();
});

const drivers = ['disk', 's3'] as const;
/** Points the app at a driver (and other settings): the environment is read again on next use. */
function setEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('statline.env')];
}
function useDriver(driver: (typeof drivers)[number]) {
  const off = Object.fromEntries(Object.keys(s3.env).map((k) => [k, undefined]));
  setEnv(driver === 's3' ? s3.env : off);
}

const bytesOf = async (body: ReadableStream<Uint8Array>) => Buffer.from(await new Response(body).arrayBuffer());

/** Sends a presigned upload the way a browser would: to the store, or to the app for disk. */
async function sendPresigned(upload: PresignedUpload, data: Buffer): Promise<Response> {
  const body = new Uint8Array(data);
  if (!upload.url.startsWith('/')) return fetch(upload.url, { method: upload.method, headers: upload.headers, body });
  const url = new URL(upload.url, 'http://localhost');
  const key = url.pathname.replace('/api/media-uploads/', '').split('/');
  const req = new Request(url, { method: upload.method, headers: upload.headers, body });
  return diskUploadRoute.PUT(req, { params: Promise.resolve({ key }) });
}

for (const driver of drivers) {
  describe(`storage contract: ${driver}`, () => {
    let storage: Storage;
    beforeAll(() => {
      useDriver(driver);
      storage = mediaStorage();
    });
    const data = Buffer.from('0123456789abcdefghij');

    it('is the driver the environment names', () => {
      expect(storage.driver).toBe(driver);
    });

    it('puts, reads whole and by range, sizes and deletes an object', async () => {
      const key = `contract/${driver}/${crypto.randomUUID()}`;
      expect(await storage.size(key)).toBeNull();
      expect(await storage.get(key)).toBeNull();
      await storage.put(key, data, 'application/octet-stream');
      expect(await storage.size(key)).toBe(20);
      const whole = await storage.get(key);
      expect(whole?.length).toBe(20);
      expect(await bytesOf(whole?.body as ReadableStream<Uint8Array>)).toEqual(data);
      const part = await storage.get(key, { start: 5, end: 9 });
      expect(part?.length).toBe(5);
      expect((await bytesOf(part?.body as ReadableStream<Uint8Array>)).toString()).toBe('56789');
      await storage.delete(key);
      expect(await storage.size(key)).toBeNull();
      await storage.delete(key); // deleting what is gone is no error
    });

    it('takes a presigned upload of exactly the bytes sent', async () => {
      const key = `contract/${driver}/${crypto.randomUUID()}`;
      const upload = await storage.presignPut(key, 'application/pdf', 60);
      expect(upload.expiresAt.getTime()).toBeGreaterThan(Date.now());
      const res = await sendPresigned(upload, Buffer.from(tinyPdf));
      expect(res.status, await res.clone().text()).toBe(200);
      const stored = await storage.get(key);
      expect((await bytesOf(stored?.body as ReadableStream<Uint8Array>)).toString()).toBe(tinyPdf);
      await storage.delete(key);
    });

    // The disk driver's own signature scheme; an S3 store checks its signatures itself (s3rver, a
    // test double, does not).
    if (driver === 'disk') {
      it('refuses a presigned upload whose signature was tampered with', async () => {
        const key = `contract/${driver}/${crypto.randomUUID()}`;
        const upload = await storage.presignPut(key, 'application/pdf', 60);
        const forged = {
          ...upload,
          // base64url signatures may start with '-' or '_': flip whichever character comes first.
          url: upload.url.replace(/(ignature=)(.)/, (_m, a, c) => a + (c === 'A' ? 'B' : 'A')),
        };
        expect(forged.url).not.toBe(upload.url);
        const res = await sendPresigned(forged, Buffer.from(tinyPdf));
        expect(res.status).toBe(403);
        expect(await storage.size(key)).toBeNull();
      });
    }
  });

  describe(`media API: ${driver}`, () => {
    beforeAll(() => useDriver(driver));
    const send = (caller: Caller, endpoint: string, opts: Parameters<typeof call>[1] = {}) => {
      const [method, path] = endpoint.split(' ') as [string, string];
      const handler = routeHandlers[`${method} ${path.split('?')[0]?.replace(/[0-9a-f-]{36}/, '{id}')}`];
      if (!handler) throw new Error(`no handler for ${endpoint}`);
      return call(handler, { method, path, ...opts, headers: { ...caller.headers, ...opts.headers } });
    };
    const upload = (caller: Caller, query: string, body: string | Uint8Array, type: string) =>
      send(caller, `POST /api/v1/media?${query}`, { rawBody: body, headers: { 'content-type': type } });
    const coach = () => callers.sessions.coach;

    it('strips the GPS position (and all EXIF) from an uploaded JPEG and makes a thumbnail', async () => {
      const jpeg = await jpegWithGps();
      const input = exifReader((await sharp(jpeg).metadata()).exif as Buffer);
      expect(input.GPSInfo?.GPSLatitude).toEqual([40, 44, 54]);

      const res = await upload(coach(), `kind=photo&team_id=${team.teamId}&player_id=${team.players[0]}`, jpeg, 'image/jpeg');
      expect(res.status, await res.clone().text()).toBe(201);
      const { data } = await res.json();
      expect(data).toMatchObject({ kind: 'photo', status: 'ready', content_type: 'image/jpeg', width: 64, height: 48 });

      const file = await send(coach(), `GET /api/v1/media/${data.id}/file`, { params: { id: data.id } });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/jpeg');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-security-policy')).toContain('sandbox');
      const back = Buffer.from(await file.arrayBuffer());
      const meta = await sharp(back).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(back.includes(Buffer.from('StatlineCam'))).toBe(false);

      const thumb = await send(coach(), `GET /api/v1/media/${data.id}/thumbnail`, { params: { id: data.id } });
      expect(thumb.status).toBe(200);
      expect(thumb.headers.get('content-type')).toBe('image/webp');
      expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).exif).toBeUndefined();

      const list = await send(callers.anonymous, `GET /api/v1/media?player_id=${team.players[0]}`);
      // Newest first (the other driver's run left a photo of this player too).
      expect((await list.json()).data[0].id).toBe(data.id);
    });

    it('refuses a text file named .jpg, saying what it holds, and stores nothing', async () => {
      const before = (await (await send(coach(), `GET /api/v1/media?team_id=${team.teamId}`)).json()).data.length;
      const res = await upload(
        coach(),
        `kind=photo&team_id=${team.teamId}`,
        'just some text, saved as holiday.jpg\n',
        'image/jpeg',
      );
      expect(res.status).toBe(415);
      const body = await res.json();
      expect(body.error.code).toBe('unsupported_media_type');
      expect(body.error.message).toMatch(/must be a JPEG, PNG or WebP image.*no known file type.*contents/);
      const after = (await (await send(coach(), `GET /api/v1/media?team_id=${team.teamId}`)).json()).data.length;
      expect(after).toBe(before);
      // A real PDF is not a photo either.
      expect((await upload(coach(), `kind=photo&team_id=${team.teamId}`, tinyPdf, 'image/jpeg')).status).toBe(415);
    });

    it('serves byte ranges (206), refuses a range past the end (416) and sends documents as attachments', async () => {
      const res = await upload(coach(), `kind=document&team_id=${team.teamId}`, tinyPdf, 'application/pdf');
      expect(res.status).toBe(201);
      const { data } = await res.json();
      const get = (range?: string) =>
        send(callers.anonymous, `GET /api/v1/media/${data.id}/file`, {
          params: { id: data.id },
          headers: range ? { range } : {},
        });
      const whole = await get();
      expect(whole.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(whole.headers.get('accept-ranges')).toBe('bytes');
      expect(await whole.text()).toBe(tinyPdf);
      const part = await get('bytes=1-4');
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 1-4/${tinyPdf.length}`);
      expect(await part.text()).toBe('PDF-');
      const tail = await get('bytes=-6');
      expect(await tail.text()).toBe('%%EOF\n');
      const bad = await get(`bytes=${tinyPdf.length}-`);
      expect(bad.status).toBe(416);
      expect(bad.headers.get('content-range')).toBe(`bytes */${tinyPdf.length}`);
    });

    it('completes a presigned upload after checking it, and deletes a bad one', async () => {
      const jpeg = await jpegWithGps();
      const start = (bytes: number) =>
        send(coach(), 'POST /api/v1/media/uploads', {
          body: { kind: 'photo', team_id: team.teamId, content_type: 'image/jpeg', bytes },
        });
      const good = await start(jpeg.length);
      expect(good.status, await good.clone().text()).toBe(201);
      const { data } = await good.json();
      expect(data.media.status).toBe('pending');
      // Pending media are never served.
      expect((await send(coach(), `GET /api/v1/media/${data.media.id}/file`, { params: { id: data.media.id } })).status).toBe(
        404,
      );
      expect((await sendPresigned({ ...data.upload, expiresAt: new Date() }, jpeg)).status).toBe(200);
      const done = await send(coach(), `POST /api/v1/media/${data.media.id}/complete`, { params: { id: data.media.id } });
      expect(done.status, await done.clone().text()).toBe(200);
      expect((await done.json()).data).toMatchObject({ status: 'ready', content_type: 'image/jpeg', width: 64 });
      const file = await send(coach(), `GET /api/v1/media/${data.media.id}/file`, { params: { id: data.media.id } });
      expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).exif).toBeUndefined();

      const text = Buffer.from('not a picture at all');
      const bad = await (await start(text.length)).json();
      expect((await sendPresigned({ ...bad.data.upload, expiresAt: new Date() }, text)).status).toBe(200);
      const refused = await send(coach(), `POST /api/v1/media/${bad.data.media.id}/complete`, {
        params: { id: bad.data.media.id },
      });
      expect(refused.status).toBe(415);
      expect((await send(coach(), `GET /api/v1/media/${bad.data.media.id}`, { params: { id: bad.data.media.id } })).status).toBe(
        404,
      );
      expect(await mediaStorage().size(`media/${team.teamId}/${bad.data.media.id}`)).toBeNull();
    });

    it("refuses an upload past the team's quota", async () => {
      setEnv({ MEDIA_TEAM_QUOTA_MB: '1' });
      try {
        const big = `${tinyPdf}${' '.repeat(1.2 * 2 ** 20)}`;
        const res = await upload(coach(), `kind=document&team_id=${team.teamId}`, big, 'application/pdf');
        expect(res.status).toBe(413);
        expect((await res.json()).error.message).toMatch(/media quota of 1 MB/);
        const presign = await send(coach(), 'POST /api/v1/media/uploads', {
          body: { kind: 'document', team_id: team.teamId, content_type: 'application/pdf', bytes: 2 * 2 ** 20 },
        });
        expect(presign.status).toBe(413);
      } finally {
        setEnv({ MEDIA_TEAM_QUOTA_MB: undefined });
      }
    });

    it('stops counting an abandoned presigned upload against the quota, and deletes its bytes', async () => {
      setEnv({ MEDIA_TEAM_QUOTA_MB: '1' });
      try {
        const start = () =>
          send(coach(), 'POST /api/v1/media/uploads', {
            body: { kind: 'document', team_id: team.teamId, content_type: 'application/pdf', bytes: 800_000 },
          });
        const first = await start();
        expect(first.status, await first.clone().text()).toBe(201);
        const abandoned = (await first.json()).data;
        expect((await sendPresigned({ ...abandoned.upload, expiresAt: new Date() }, Buffer.from(tinyPdf))).status).toBe(200);
        // Still fresh: it holds its 800 kB of the 1 MB quota, and a second one does not fit.
        expect((await start()).status).toBe(413);
        // Started longer ago than an upload may take, never completed.
        const startedAt = new Date(Date.now() - (ABANDONED_AFTER_SECONDS + 60) * 1000);
        await app.database.db.update(media).set({ createdAt: startedAt }).where(eq(media.id, abandoned.media.id));
        const second = await start();
        expect(second.status, await second.clone().text()).toBe(201);
        expect(await getMedia(app.database.db, abandoned.media.id)).toBeUndefined();
        expect(await mediaStorage().size(`media/${team.teamId}/${abandoned.media.id}`)).toBeNull();
        const late = await send(coach(), `POST /api/v1/media/${abandoned.media.id}/complete`, {
          params: { id: abandoned.media.id },
        });
        expect(late.status).toBe(404);
        const pending = (await second.json()).data.media.id;
        await send(coach(), `DELETE /api/v1/media/${pending}`, { params: { id: pending } });
      } finally {
        setEnv({ MEDIA_TEAM_QUOTA_MB: undefined });
      }
    });

    it('lets only admins and the team’s coaches upload or delete', async () => {
      const query = `kind=document&team_id=${team.teamId}`;
      expect((await upload(callers.anonymous, query, tinyPdf, 'application/pdf')).status).toBe(401);
      expect((await upload(callers.sessions.fan, query, tinyPdf, 'application/pdf')).status).toBe(403);
      expect((await upload(callers.sessions.player, query, tinyPdf, 'application/pdf')).status).toBe(403);
      // A coach, but not of this team.
      expect((await upload(coach(), `kind=document&team_id=${otherTeam.teamId}`, tinyPdf, 'application/pdf')).status).toBe(403);
      const mine = (await (await upload(coach(), query, tinyPdf, 'application/pdf')).json()).data;
      const del = (caller: Caller) => send(caller, `DELETE /api/v1/media/${mine.id}`, { params: { id: mine.id } });
      expect((await del(callers.sessions.fan)).status).toBe(403);
      expect((await del(coach())).status).toBe(204);
      expect((await send(coach(), `GET /api/v1/media/${mine.id}/file`, { params: { id: mine.id } })).status).toBe(404);
    });
  });
}
