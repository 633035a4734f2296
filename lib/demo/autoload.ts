// Demo data for a fresh embedded database: start-up registers this before opening the database, so
// `npm start` on a new machine shows a populated app while Postgres deployments never get demo rows.

import { onDatabaseOpen } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { isEmptyDatabase, runSeeds } from './index';

async function loadDemoIntoEmptyEmbedded(database: Database): Promise<void> {
  if (database.kind !== 'pglite' || env().DEMO_DATA !== 'auto' || !(await isEmptyDatabase(database.db))) return;
  const reports = await runSeeds(database);
  logger().child({ component: 'db' }).info({ seeds: reports }, 'demo data loaded into the empty embedded database');
}

export function registerDemoAutoload(): void {
  onDatabaseOpen(loadDemoIntoEmptyEmbedded);
}
