// The champion/challenger retrain as a follow-up of basketball imports (lib/imports/follow-ups.ts),
// registered by start-up and the import CLI. Seam: once the admin training jobs land (a job row with
// live progress), this starts one of those instead of running bare in the background.
import { type ImportOutcome, registerImportFollowUp } from '@/lib/imports/follow-ups';
import { logger } from '@/lib/log';
import { type RetrainResult, retrainChampion } from './champion';
import type { TrainProgress } from './register';

export function registerChampionRetrain(
  opts: { onProgress?: (p: TrainProgress) => void; onDecision?: (result: RetrainResult, outcome: ImportOutcome) => void } = {},
): () => void {
  const { onProgress, onDecision } = opts;
  return registerImportFollowUp('game-champion', async (database, outcome) => {
    if (outcome.kind !== 'basketball') return;
    const result = await retrainChampion(database.db, outcome.leagueId, { importJobId: outcome.jobId, onProgress });
    if (!result) return;
    logger().info({ model: result.name, ...result.decision, importJob: outcome.jobId }, 'champion/challenger decided');
    onDecision?.(result, outcome);
  });
}
