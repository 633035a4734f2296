// The default driver: objects as files under one folder (MEDIA_DIR, `.data/media`).
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

export function diskStorage(dir: string): Storage {
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
    presignPut: async () => null,
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
