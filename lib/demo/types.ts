import type { Database, Db } from '@/lib/db/client';

export interface SeedContext {
  database: Database;
  db: Db;
  onProgress?: (done: number, total: number) => void;
}

/** A demo-data set. run() must be idempotent: natural keys + upserts, so re-seeding changes nothing. */
export interface Seed {
  name: string;
  run(ctx: SeedContext): Promise<number>;
}
