// `npm run rebuild -- basketball`: recompute every live game's box score and state from its event
// log, with a progress bar; prints how many stored projections differed. Exit 1 if a game failed.
// Stop the dev server first when using the embedded database (one process per PGlite folder).
import cliProgress from 'cli-progress';
import { liveGameIds, rebuildGame } from '@/lib/basketball/scoring/rebuild';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import type { Database } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { resetGolfAnalytics, runGolfAnalytics } from '@/lib/golf/analytics/consumer';
import { rebuildRound, roundIds } from '@/lib/golf/rounds/rebuild';

type Rebuilder = (database: Database) => Promise<{ failed: number }>;

async function basketball(database: Database) {
  const ids = await liveGameIds(database.db);
  const bar = new cliProgress.SingleBar(
    { format: 'live games [{bar}] {value}/{total} · {events} events · {changed} changed', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let events = 0;
  let changed = 0;
  let failed = 0;
  const started = performance.now();
  bar.start(ids.length, 0, { events, changed });
  for (const id of ids) {
    try {
      const r = await rebuildGame(database.db, id);
      events += r.events;
      if (r.changed) changed++;
    } catch (err) {
      failed++;
      bar.stop();
      console.error(`game ${id}: ${err instanceof Error ? err.message : String(err)}`);
    }
    bar.increment(1, { events, changed });
  }
  bar.stop();
  console.log(
    `Rebuilt ${ids.length - failed} of ${ids.length} live games (${events} events) in ${Math.round(performance.now() - started)} ms; ${changed} differed from the stored projection.`,
  );
  return { failed };
}

/** Every round's projection from its log, then the analytics consumer from the start of the log. */
async function golf(database: Database) {
  const ids = await roundIds(database.db);
  const bar = new cliProgress.SingleBar(
    { format: 'golf rounds [{bar}] {value}/{total} · {changed} changed', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let changed = 0;
  let failed = 0;
  const started = performance.now();
  bar.start(ids.length, 0, { changed });
  for (const id of ids) {
    try {
      if ((await rebuildRound(database.db, id)).changed) changed++;
    } catch (err) {
      failed++;
      bar.stop();
      console.error(`round ${id}: ${err instanceof Error ? err.message : String(err)}`);
    }
    bar.increment(1, { changed });
  }
  bar.stop();
  await resetGolfAnalytics(database.db);
  await runGolfAnalytics(database.db);
  console.log(
    `Rebuilt ${ids.length - failed} of ${ids.length} golf rounds in ${Math.round(performance.now() - started)} ms; ${changed} differed; analytics recomputed from the start of the log.`,
  );
  return { failed };
}

const rebuilders: Record<string, Rebuilder> = { basketball, golf };
const [sport] = process.argv.slice(2);
const rebuild = sport ? rebuilders[sport] : undefined;
if (!rebuild) {
  console.error(`Usage: npm run rebuild -- <${Object.keys(rebuilders).join('|')}>`);
  process.exit(2);
}
const database = await openScriptDatabaseOrExit({
  instead: 'Stop the app first, or set DATABASE_URL to rebuild a Postgres database the app shares.',
});
let failed = 0;
try {
  await runMigrations(database);
  ({ failed } = await rebuild(database));
} finally {
  await database.close();
}
process.exit(failed > 0 ? 1 : 0);
