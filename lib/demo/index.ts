// The demo-data loader: each sport registers its seeds here, in dependency order.
import { sql } from 'drizzle-orm';
import { bbTeams, seedRuns, users } from '@/drizzle/schema';
import type { Database, Db } from '@/lib/db/client';
import { demoAccountsSeed } from './accounts';
import { basketballDemo } from './basketball';
import { footballDemo } from './football';
import { golfDemo } from './golf';
import { liveDemo } from './live';
import { predictionsDemo } from './predictions';
import type { Seed } from './types';

export const seeds: Seed[] = [basketballDemo, predictionsDemo, demoAccountsSeed, liveDemo, golfDemo, footballDemo];

export interface SeedReport {
  name: string;
  rows: number;
  ms: number;
}

export async function runSeeds(
  database: Database,
  opts: { only?: string[]; onStart?: (seed: Seed) => void; onProgress?: (seed: Seed, done: number, total: number) => void } = {},
): Promise<SeedReport[]> {
  const reports: SeedReport[] = [];
  for (const seed of seeds) {
    if (opts.only && !opts.only.includes(seed.name)) continue;
    opts.onStart?.(seed);
    const started = performance.now();
    // Not one transaction: imports stream in batches (COPY on Postgres) and every seed is idempotent.
    const rows = await seed.run({ database, db: database.db, onProgress: (d, t) => opts.onProgress?.(seed, d, t) });
    await database.db
      .insert(seedRuns)
      .values({ name: seed.name, rows })
      .onConflictDoUpdate({ target: seedRuns.name, set: { rows, ranAt: sql`now()` } });
    reports.push({ name: seed.name, rows, ms: Math.round(performance.now() - started) });
  }
  return reports;
}

/** Empty = never seeded and holds no user data: only then does start-up load the demo. */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [seeded] = await db.select({ n: sql<number>`count(*)::int` }).from(seedRuns);
  const [people] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  const [teams] = await db.select({ n: sql<number>`count(*)::int` }).from(bbTeams);
  return (seeded?.n ?? 0) === 0 && (people?.n ?? 0) === 0 && (teams?.n ?? 0) === 0;
}
