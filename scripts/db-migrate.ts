// `npm run db:migrate`: apply committed migrations to DATABASE_URL (or the embedded PGlite).
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { appliedMigrationCount, runMigrations } from '@/lib/db/migrate';

const database = await openScriptDatabaseOrExit({
  instead: 'The app migrates the database itself when it starts; stop it first to migrate from here.',
});
try {
  await runMigrations(database);
  console.log(`${database.kind}: ${await appliedMigrationCount(database)} migrations applied`);
} finally {
  await database.close();
}
