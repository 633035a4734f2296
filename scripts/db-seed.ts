// `npm run db:seed [name…]`: load demo data into any database, idempotently, with a progress bar.
import cliProgress from 'cli-progress';
import { closeCache } from '@/lib/cache';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';
import { runSeeds, seeds } from '@/lib/demo';

const only = process.argv.slice(2);
const unknown = only.filter((n) => !seeds.some((s) => s.name === n));
if (unknown.length > 0) {
  console.error(`Unknown seed(s): ${unknown.join(', ')}. Known: ${seeds.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const database = await openScriptDatabaseOrExit({
  instead: 'Stop the app first, or set DATABASE_URL to seed a Postgres database.',
});
const bar = new cliProgress.SingleBar(
  { format: '{seed} [{bar}] {value}/{total}', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
try {
  await runMigrations(database);
  const reports = await runSeeds(database, {
    only: only.length > 0 ? only : undefined,
    onStart: (seed) => bar.start(1, 0, { seed: seed.name }),
    onProgress: (_seed, done, total) => {
      bar.setTotal(total);
      bar.update(done);
    },
  });
  bar.stop();
  for (const r of reports) console.log(`${r.name}: ${r.rows} rows in ${r.ms} ms`);
} finally {
  bar.stop();
  await database.close();
  // Imports invalidate cache tags; an open Redis connection would keep the process alive.
  await closeCache();
}
