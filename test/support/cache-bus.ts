// Two processes' view of the cache bus, over a test database: on Postgres two connections of their
// own (as two processes would have); on PGlite one instance's LISTEN/NOTIFY, which runs the same code.
import type { PGlite } from '@electric-sql/pglite';
import { CACHE_BUS_CHANNEL, postgresBus } from '../../lib/cache/postgres-bus';
import type { Bus } from '../../lib/cache/shared-memory';
import type { TestDatabase } from './db';

function pgliteBus(pglite: PGlite): Bus & { close(): Promise<void> } {
  return {
    notify: async (payload) => {
      await pglite.query('select pg_notify($1, $2)', [CACHE_BUS_CHANNEL, payload]);
    },
    listen: async (onPayload) => {
      const stop = await pglite.listen(CACHE_BUS_CHANNEL, onPayload);
      return async () => stop();
    },
    close: async () => {},
  };
}

export function testBus(database: TestDatabase): Bus & { close(): Promise<void> } {
  if (database.url) return postgresBus(database.url);
  if (database.pglite) return pgliteBus(database.pglite);
  throw new Error('a test database is Postgres or PGlite');
}
