// The cache bus over Postgres (shared-memory.ts): NOTIFY to send, LISTEN on a connection of its own
// (postgres.js keeps one for listeners and reconnects it) to receive.
import postgres from 'postgres';
import type { Bus } from './shared-memory';

export const CACHE_BUS_CHANNEL = 'statline_cache';

export function postgresBus(url: string): Bus & { close(): Promise<void> } {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'statline-cache-bus' } });
  return {
    notify: async (payload) => {
      await sql.notify(CACHE_BUS_CHANNEL, payload);
    },
    async listen(onPayload) {
      const { unlisten } = await sql.listen(CACHE_BUS_CHANNEL, onPayload);
      return unlisten;
    },
    close: () => sql.end({ timeout: 1 }),
  };
}
