// Points the app's process-wide database and cache at this test file's own copies, so route
// handlers can be called directly: `await POST(new Request(...), { params })`.
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCache } from '../../lib/cache';
import type { CacheDriver } from '../../lib/cache/types';
import type { Database } from '../../lib/db/client';
import { createTestDatabase, type TestDatabase } from './db';

const DB_KEY = Symbol.for('statline.database');
const CACHE_KEY = Symbol.for('statline.cache');
const ENV_KEY = Symbol.for('statline.env');

export interface TestApp {
  database: TestDatabase;
  cache: CacheDriver;
  close(): Promise<void>;
}

// Tests call routes far faster than any person: the limits are out of the way unless a test is about
// them (rate-limit.test.ts sets its own).
const unlimited = String(1_000_000);
const preset = {
  NEXTAUTH_SECRET: 'integration-test-secret-0123456789',
  RATE_LIMIT_ANON_PER_MIN: unlimited,
  RATE_LIMIT_USER_PER_MIN: unlimited,
  RATE_LIMIT_API_KEY_PER_MIN: unlimited,
  RATE_LIMIT_SIGNIN_PER_MIN: unlimited,
  RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR: unlimited,
  RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR: unlimited,
  RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: unlimited,
  // Uploaded media go to a folder of this test process, never the repository's .data/media.
  MEDIA_DIR: path.join(os.tmpdir(), `statline-media-${process.pid}-${Math.random().toString(36).slice(2, 8)}`),
};

/** The one preset for route-level tests; env overrides apply to this file's process (each vitest file runs in its own module graph). */
export async function startTestApp(envOverrides: Record<string, string> = {}): Promise<TestApp> {
  Object.assign(process.env, { CACHE_PREFIX: `t${Math.random().toString(36).slice(2, 10)}`, ...preset, ...envOverrides });
  const g = globalThis as Record<symbol, unknown>;
  delete g[ENV_KEY];
  delete g[Symbol.for('statline.authSecret')];
  const database = await createTestDatabase();
  const cache = process.env.REDIS_URL
    ? createCache({ driver: 'redis', url: process.env.REDIS_URL })
    : createCache({ driver: 'memory' });
  g[DB_KEY] = Promise.resolve(database as Database);
  g[CACHE_KEY] = cache;
  return {
    database,
    cache,
    async close() {
      delete g[DB_KEY];
      delete g[CACHE_KEY];
      await cache.close();
      await database.close();
      await rm(preset.MEDIA_DIR, { recursive: true, force: true });
    },
  };
}
