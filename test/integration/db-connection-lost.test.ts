// A database that goes away (a killed connection, a restart, a closed handle) is answered with
// 503 and Retry-After, never a 500: clients and load balancers retry, nothing is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDomainError } from '../../lib/api/handler';
import { startTestApp, type TestApp } from '../support/app';
import { basketballRoutes } from '../support/basketball-routes';
import { call } from '../support/callers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close().catch(() => {});
});

const games = () => call(basketballRoutes['/api/v1/basketball/games'], { path: '/api/v1/basketball/games?per_page=5' });

describe('losing the database', () => {
  // Embedded PGlite has no server backend to kill: there the closed handle below is the whole story.
  it('on Postgres, a query whose backend is terminated maps to 503 not_ready with Retry-After', async () => {
    if (!app.database.url) {
      expect(app.database.pglite).toBeDefined();
      return;
    }
    const postgres = (await import('postgres')).default;
    const url = app.database.url ?? '';
    const victim = postgres(url, { max: 1, onnotice: () => {} });
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const failed = victim`select pg_sleep(10)`.then(
        () => null,
        (e: unknown) => e,
      );
      // Wait until the sleep is running, then kill its backend as an operator (or a failover) would.
      for (let i = 0; i < 50; i++) {
        const [row] =
          await admin`select count(*)::int as n from pg_stat_activity where query like 'select pg_sleep%' and datname = current_database()`;
        if (row?.n) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await admin`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and query like 'select pg_sleep%'`;
      const err = await failed;
      expect(err).toBeTruthy();
      const mapped = toDomainError(err);
      expect(mapped).toMatchObject({ code: 'not_ready', headers: { 'Retry-After': '1' } });
      // The app's own pool, its connections killed while idle, still answers: reconnected or 503, never 500.
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
      const after = await games();
      expect([200, 503]).toContain(after.status);
      expect((await games()).status).toBe(200);
    } finally {
      await victim.end({ timeout: 1 }).catch(() => {});
      await admin.end({ timeout: 1 }).catch(() => {});
    }
  });

  it('a closed database handle answers 503 with Retry-After: 1', async () => {
    expect((await games()).status).toBe(200);
    await app.database.close();
    const res = await games();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_ready');
  });
});
