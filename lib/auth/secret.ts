// The JWT signing secret: NEXTAUTH_SECRET when set; otherwise one generated once and kept beside the
// embedded database, so a fresh machine needs no configuration. Replicas must share NEXTAUTH_SECRET.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';

const KEY = Symbol.for('statline.authSecret');
type Holder = { [KEY]?: string };

export function authSecret(): string {
  const g = globalThis as Holder;
  if (g[KEY]) return g[KEY];
  const e = env();
  if (e.NEXTAUTH_SECRET) {
    g[KEY] = e.NEXTAUTH_SECRET;
    return g[KEY];
  }
  const file = path.resolve(path.dirname(path.resolve(e.PGLITE_DIR)), 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    if (e.DATABASE_URL)
      logger().warn('NEXTAUTH_SECRET is not set: generated one for this machine only; set it for multiple replicas');
  }
  g[KEY] = readFileSync(file, 'utf8').trim();
  return g[KEY];
}
