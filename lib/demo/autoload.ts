// Demo data for a fresh embedded database: start-up registers this before opening the database, so
// `npm start` on a new machine shows a populated app while Postgres deployments never get demo rows.

import { onDatabaseOpen } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { percentReporter } from '@/lib/ops/startup-progress';
import { isEmptyDatabase, runSeeds } from './index';

async function loadDemoIntoEmptyEmbedded(database: Database): Promise<void> {
  if (database.kind !== 'pglite' || env().DEMO_DATA !== 'auto' || !(await isEmptyDatabase(database.db))) return;
  // Said on the console whatever LOG_LEVEL is: a first start waits on this, and should say why.
  const say = (line: string) => console.log(`> ${line}`);
  say('A new embedded database: loading the demo data (about a minute, once).');
  let report = percentReporter('loading demo data', say);
  const reports = await runSeeds(database, {
    onStart: (seed) => {
      report = percentReporter(`loading demo data (${seed.name})`, say);
      report(0, 1);
    },
    onProgress: (_seed, done, total) => report(done, total),
  });
  logger().child({ component: 'db' }).info({ seeds: reports }, 'demo data loaded into the empty embedded database');
}

export function registerDemoAutoload(): void {
  onDatabaseOpen(loadDemoIntoEmptyEmbedded);
}
