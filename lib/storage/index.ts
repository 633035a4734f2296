// The storage this process uses: S3 when S3_BUCKET is set, else a folder on disk (MEDIA_DIR).
import { authSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';
import { diskStorage } from './disk';
import { s3Storage } from './s3';
import type { Storage } from './types';

const KEY = Symbol.for('statline.storage');
type Holder = { [KEY]?: { config: string; storage: Storage } };

export function mediaStorage(): Storage {
  const e = env();
  const config = e.S3_BUCKET
    ? {
        endpoint: e.S3_ENDPOINT,
        bucket: e.S3_BUCKET,
        region: e.S3_REGION,
        accessKeyId: e.S3_ACCESS_KEY_ID,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY,
        forcePathStyle: e.S3_FORCE_PATH_STYLE,
      }
    : undefined;
  const id = JSON.stringify(config ?? e.MEDIA_DIR);
  const g = globalThis as Holder;
  // Rebuilt when the settings change (tests switch drivers within one process).
  if (g[KEY]?.config !== id) g[KEY] = { config: id, storage: config ? s3Storage(config) : diskStorage(e.MEDIA_DIR, authSecret) };
  return g[KEY].storage;
}

export type { ByteRange, PresignedUpload, Storage, StoredObject } from './types';
export { readAll } from './types';
