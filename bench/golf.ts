// The cost of a hole correction on a finished round, against a golfer's history. A correction to
// their latest round re-posts nothing else (the baseline, measured in the same run); one to their
// earliest round may move the index of every later day, and each later round whose index moved is
// re-posted in the same append (lib/golf/rounds/repost.ts). Reports the median and p90 latency of
// each, their ratio, and how many rounds each correction re-posted.
import { randomUUID } from 'node:crypto';
import cliProgress from 'cli-progress';
import { and, eq, sql } from 'drizzle-orm';
import { golfCourses, golfRounds, golfTees } from '@/drizzle/schema';
import { createUser } from '@/lib/auth/users';
import { closeCache } from '@/lib/cache';
import { type Db, openDatabase, rowsOf } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { runSeeds } from '@/lib/demo';
import { finishRound, scoreHole } from '@/lib/golf/rounds/score';
import { startRound } from '@/lib/golf/rounds/start';
import { saveResults } from './lib/results';

const HISTORY = Number(process.env.BENCH_GOLF_ROUNDS ?? 40);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)] ?? 0;
const round1 = (x: number) => Math.round(x * 10) / 10;

async function postingVersions(db: Db): Promise<number> {
  const [row] = rowsOf<{ v: number }>(
    await db.execute(sql`select coalesce(sum(posting_version), 0)::int as v from golf_round_players`),
  );
  return Number(row?.v ?? 0);
}

export async function golfBench(): Promise<void> {
  const dbUrl = process.env.DATABASE_URL;
  console.log(`database: ${dbUrl ? 'postgres' : 'pglite (set DATABASE_URL for the real measurement)'}`);
  const database = await openDatabase(
    dbUrl ? { kind: 'postgres', url: dbUrl, poolMax: 4 } : { kind: 'pglite', dataDir: '.data/bench-golf-pglite' },
  );
  const db = database.db;
  try {
    await runMigrations(database);
    await runSeeds(database, { only: ['demo-accounts', 'golf-demo'] });
    const [tee] = await db
      .select({ courseId: golfCourses.id, teeId: golfTees.id, par: golfTees.par })
      .from(golfTees)
      .innerJoin(golfCourses, eq(golfCourses.id, golfTees.courseId))
      .where(and(eq(golfCourses.sourceId, 'statline-links'), eq(golfTees.name, 'White')));
    if (!tee) throw new Error('the demo course is missing');
    const user = await createUser(db, {
      email: `bench-golfer-${randomUUID()}@example.com`,
      name: 'Bench Golfer',
      password: 'bench golfer password',
      role: 'player',
    });
    const actor = { userId: user.id };

    // A history of weekly rounds between about 80 and 95, entered as a phone would.
    const bar = new cliProgress.SingleBar(
      { format: 'history [{bar}] {value}/{total} rounds' },
      cliProgress.Presets.shades_classic,
    );
    bar.start(HISTORY, 0);
    const rounds: string[] = [];
    for (let i = 0; i < HISTORY; i++) {
      const date = new Date(Date.UTC(2024, 0, 6) + i * 7 * 86_400_000).toISOString().slice(0, 10);
      const { roundId } = await startRound(db, actor, {
        id: randomUUID(),
        course_id: tee.courseId,
        tee_id: tee.teeId,
        date,
        format: 'stroke_play',
        caller_plays: true,
        players: [],
        guests: [],
      });
      for (const [h, par] of tee.par.entries()) {
        await scoreHole(db, actor, roundId, 1, { hole: h + 1, strokes: par + ((i * 7 + h * 3) % 5 === 0 ? 2 : (i + h) % 2) });
      }
      await finishRound(db, actor, roundId);
      rounds.push(roundId);
      bar.increment();
    }
    bar.stop();

    // Interleaved samples: each toggles one hole between two values, so every write is a real change.
    const scenarios = [
      { name: 'correct the latest round (baseline)', round: rounds.at(-1) as string, hole: 2 },
      { name: 'correct the earliest round', round: rounds[0] as string, hole: 2 },
    ];
    const times = scenarios.map(() => [] as number[]);
    const reposted = scenarios.map(() => [] as number[]);
    for (let s = 0; s < SAMPLES; s++) {
      for (const [i, sc] of scenarios.entries()) {
        const par = tee.par[sc.hole - 1] as number;
        const before = await postingVersions(db);
        const started = performance.now();
        await scoreHole(db, actor, sc.round, 1, { hole: sc.hole, strokes: par + (s % 2 ? 4 : -1) });
        times[i]?.push(performance.now() - started);
        // The corrected round itself bumps once; the rest are re-posts of later rounds.
        reposted[i]?.push((await postingVersions(db)) - before - 1);
      }
    }
    const [finished] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(golfRounds)
      .where(and(eq(golfRounds.createdBy, user.id), eq(golfRounds.status, 'finished')));
    const summary = scenarios.map((sc, i) => ({
      name: sc.name,
      median_ms: round1(quantile(times[i] ?? [], 0.5)),
      p90_ms: round1(quantile(times[i] ?? [], 0.9)),
      reposted_median: quantile(reposted[i] ?? [], 0.5),
      reposted_max: Math.max(...(reposted[i] ?? [0])),
    }));
    const base = summary[0]?.median_ms || 1;
    console.log(`\n${finished?.n} finished rounds; ${SAMPLES} corrections each\n`);
    console.log('scenario                               median ms   p90 ms   ×base   re-posted (median / max)');
    for (const s of summary) {
      console.log(
        `${s.name.padEnd(38)} ${String(s.median_ms).padStart(9)} ${String(s.p90_ms).padStart(8)} ${(s.median_ms / base).toFixed(2).padStart(7)}   ${s.reposted_median} / ${s.reposted_max}`,
      );
    }
    const file = saveResults('golf', {
      database: dbUrl ? 'postgres' : 'pglite',
      history: HISTORY,
      samples: SAMPLES,
      summary,
      times,
    });
    console.log(`results: ${file}`);
  } finally {
    await database.close();
    await closeCache();
  }
}
