// The demo-data loader: each sport registers its seeds here, in dependency order.
import { sql } from 'drizzle-orm';
import { bbTeams, seedRuns, users } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { demoAccountsSeed } from './accounts';
import { basketballTeamGameLogs } from './basketball';
import type { Seed } from './types';

export const seeds: Seed[] = [basketballTeamGameLogs, demoAccountsSeed];

export interface SeedReport {
  name: string;
  rows: number;
  ms: number;
}

export async function runSeeds(
  db: Db,
  opts: { only?: string[]; onStart?: (seed: Seed) => void; onProgress?: (seed: Seed, done: number, total: number) => void } = {},
): Promise<SeedReport[]> {
  const reports: SeedReport[] = [];
  for (const seed of seeds) {
    if (opts.only && !opts.only.includes(seed.name)) continue;
    opts.onStart?.(seed);
    const started = performance.now();
    const rows = await db.transaction((tx) =>
      seed.run({ db: tx as unknown as Db, onProgress: (d, t) => opts.onProgress?.(seed, d, t) }),
    );
    await db
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
