// The default driver: objects as files under one folder (MEDIA_DIR, `.data/media`).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ByteRange, Storage } from './types';

/** Keys are ours (uuids and fixed suffixes), but a key that could leave the folder is refused anyway. */
function fileOf(root: string, key: string): string {
  if (!/^[a-z0-9][a-z0-9/_.-]*$/i.test(key) || key.includes('..')) throw new Error(`bad storage key ${JSON.stringify(key)}`);
  return path.join(root, key);
}

/** Where the app takes the bytes of a presigned disk upload (app/api/media-uploads). */
export const DISK_UPLOAD_PATH = '/api/media-uploads/';

const signatureOf = (secret: string, key: string, contentType: string, expires: number) =>
  createHmac('sha256', secret).update(`disk-upload\n${key}\n${contentType}\n${expires}`).digest('base64url');

/**
 * Is this a presigned upload URL we issued, unexpired, for this key and type? The disk driver's
 * stand-in for S3's signature check, so the browser upload path is the same on both drivers.
 */
export function verifyDiskUpload(
  secret: string,
  q: { key: string; contentType: string; expires: string | null; signature: string | null },
  now = Date.now(),
): boolean {
  const expires = Number(q.expires);
  if (!q.signature || !Number.isInteger(expires) || expires * 1000 < now) return false;
  const want = Buffer.from(signatureOf(secret, q.key, q.contentType, expires));
  const got = Buffer.from(q.signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

export function diskStorage(dir: string, secret: () => string): Storage {
  const root = path.resolve(dir);
  return {
    driver: 'disk',
    async put(key, data) {
      const file = fileOf(root, key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a reader never sees half a file.
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, data);
      await rename(tmp, file);
    },
    async get(key, range?: ByteRange) {
      const file = fileOf(root, key);
      const size = await fileSize(file);
      if (size === null) return null;
      const stream = createReadStream(file, range ? { start: range.start, end: range.end } : {});
      return {
        body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
        length: range ? range.end - range.start + 1 : size,
      };
    },
    size: (key) => fileSize(fileOf(root, key)),
    async delete(key) {
      await rm(fileOf(root, key), { force: true });
    },
    async presignPut(key, contentType, expiresSeconds) {
      fileOf(root, key);
      const expires = Math.floor(Date.now() / 1000) + expiresSeconds;
      const query = new URLSearchParams({
        expires: String(expires),
        signature: signatureOf(secret(), key, contentType, expires),
      });
      return {
        url: `${DISK_UPLOAD_PATH}${key}?${query}`,
        method: 'PUT',
        headers: { 'content-type': contentType },
        expiresAt: new Date(expires * 1000),
      };
    },
  };
}

async function fileSize(file: string): Promise<number | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
