// `npm run db:migrate`: apply committed migrations to DATABASE_URL (or the embedded PGlite).
import { openDatabase } from '@/lib/db/client';
import { appliedMigrationCount, runMigrations } from '@/lib/db/migrate';
import { env } from '@/lib/env';

const e = env();
const database = await openDatabase(
  e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: 2 } : { kind: 'pglite', dataDir: e.PGLITE_DIR },
);
try {
  await runMigrations(database);
  console.log(`${database.kind}: ${await appliedMigrationCount(database)} migrations applied`);
} finally {
  await database.close();
}
