// Training a game model in the background, as an import runs: the request answers 202 with a job
// at once, the job row carries the stage and progress a page polls, and the version it made.
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { modelVersions, type TrainingJobRow, trainingJobs } from '@/drizzle/schema';
import type { AuditActor } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { backgroundImportsSettled, runInBackground } from '@/lib/imports/background';
import { logger } from '@/lib/log';
import type { GameModelKind } from './artifact';
import { type TrainProgress, trainAndRegisterGameModel } from './register';

// Feature building reports every game: writing each to the row would cost more than the training.
const PROGRESS_EVERY_MS = 250;

/** Queues a training job and starts it without awaiting it; the job row is the record of how it went. */
export async function startTrainingJob(
  db: Db,
  opts: { kind: GameModelKind; leagueId: number; actor: AuditActor | null; log?: Logger; backtestSeasons?: number },
): Promise<TrainingJobRow> {
  const [job] = await db
    .insert(trainingJobs)
    .values({ kind: opts.kind, leagueId: opts.leagueId, createdBy: opts.actor?.userId ?? null })
    .returning();
  if (!job) throw new Error('training job insert returned nothing');
  // The imports' runner: a shutdown waits (up to its grace period) for it, one cut off stays 'running'.
  runInBackground(opts.log ?? logger(), job.id, () => runJob(db, job, opts));
  return job;
}

/** For tests: every background job (trainings and imports) has finished. */
export const trainingJobsSettled = backgroundImportsSettled;

async function runJob(
  db: Db,
  job: TrainingJobRow,
  opts: { kind: GameModelKind; leagueId: number; actor: AuditActor | null; backtestSeasons?: number },
) {
  // Let the 202 go out before the first (synchronous, on PGlite) query of the work.
  await new Promise((resolve) => setImmediate(resolve));
  await db.update(trainingJobs).set({ status: 'running' }).where(eq(trainingJobs.id, job.id));
  let last = 0;
  let lastStage = '';
  let pending: Promise<unknown> = Promise.resolve();
  const onProgress = (p: TrainProgress) => {
    const now = Date.now();
    if (p.stage === lastStage && now - last < PROGRESS_EVERY_MS && p.done < p.total) return;
    last = now;
    lastStage = p.stage;
    pending = pending.then(() =>
      db
        .update(trainingJobs)
        .set({ stage: p.stage, progressDone: p.done, progressTotal: p.total })
        .where(eq(trainingJobs.id, job.id)),
    );
  };
  try {
    const version = await trainAndRegisterGameModel(db, opts.actor, {
      leagueId: opts.leagueId,
      kind: opts.kind,
      backtestSeasons: opts.backtestSeasons,
      onProgress,
    });
    await pending;
    await db
      .update(trainingJobs)
      .set({ status: 'succeeded', versionId: version.id, finishedAt: new Date() })
      .where(eq(trainingJobs.id, job.id));
  } catch (err) {
    await pending.catch(() => undefined);
    await db
      .update(trainingJobs)
      .set({ status: 'failed', error: err instanceof Error ? err.message : String(err), finishedAt: new Date() })
      .where(eq(trainingJobs.id, job.id));
    throw err;
  }
}

export async function trainingJobView(db: Db, id: string) {
  const [row] = await db
    .select({ job: trainingJobs, name: modelVersions.name, version: modelVersions.version })
    .from(trainingJobs)
    .leftJoin(modelVersions, eq(modelVersions.id, trainingJobs.versionId))
    .where(eq(trainingJobs.id, id));
  if (!row) return undefined;
  const j = row.job;
  return {
    id: j.id,
    kind: j.kind,
    league_id: j.leagueId,
    status: j.status as 'queued' | 'running' | 'succeeded' | 'failed',
    stage: j.stage,
    progress: { done: j.progressDone, total: j.progressTotal },
    model: row.name !== null && row.version !== null ? { name: row.name, version: row.version } : null,
    error: j.error,
    created_at: j.createdAt.toISOString(),
    finished_at: j.finishedAt?.toISOString() ?? null,
  };
}
