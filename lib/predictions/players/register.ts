// Training the player models into the registry: each stat and kind scored on the last quarter of the
// stored games (trained only on the games before it), then trained on every game and registered as
// the next version of the league's line (nba-player-pts-ridge, …) with that score as its metrics.
import { eq } from 'drizzle-orm';
import { leagues } from '@/drizzle/schema';
import type { AuditActor } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { registerVersion } from '@/lib/models/registry';
import type { PlayerModelKind } from './artifact';
import { backtestPlayerModels } from './backtest';
import { buildPlayerFeatures, type PlayerStat, playerStats } from './features';
import { loadPlayerGameRows } from './load';
import { playerTask } from './model-kinds';
import { trainPlayerModel } from './train';

export const playerModelName = (leagueSlug: string, stat: PlayerStat, kind: PlayerModelKind) =>
  `${leagueSlug}-player-${stat}-${kind}`;

/** Games a player needs before one of his games is trained on: his averages mean little before. */
export const MIN_PRIOR_GAMES = 5;

export async function trainAndRegisterPlayerModels(
  db: Db,
  actor: AuditActor | null,
  opts: {
    leagueId: number;
    kinds: readonly PlayerModelKind[];
    stats?: readonly PlayerStat[];
    onProgress?: (done: number, total: number, step: string) => void;
  },
) {
  const [league] = await db.select({ slug: leagues.slug }).from(leagues).where(eq(leagues.id, opts.leagueId));
  if (!league) throw new DomainError('not_found', `No league ${opts.leagueId}.`);
  const stats = opts.stats ?? playerStats;
  const history = await loadPlayerGameRows(db, { leagueId: opts.leagueId });
  const examples = buildPlayerFeatures(history).filter((e) => e.priorGames >= MIN_PRIOR_GAMES);
  if (examples.length < 100) {
    throw new DomainError('rule_violation', 'Player models need at least 100 stored player games with five games before them.');
  }
  const total = stats.length * opts.kinds.length * 2;
  let done = 0;
  const held = backtestPlayerModels(history, {
    minPriorGames: MIN_PRIOR_GAMES,
    stats,
    kinds: opts.kinds,
    onProgress: (d, _t, step) => opts.onProgress?.(d, total, `held-out ${step}`),
  });
  done = stats.length * opts.kinds.length;
  // The whole window's last quarter gives the penalty and the residuals of the model that serves.
  const calibrationFrom = examples[Math.floor(examples.length * 0.75)]?.target.date ?? '';
  const registered = [];
  for (const row of held.rows) {
    opts.onProgress?.(done++, total, `${row.stat} ${row.kind}`);
    const artifact = trainPlayerModel(examples, row.stat, row.kind, calibrationFrom);
    registered.push(
      await registerVersion(db, actor, {
        name: playerModelName(league.slug, row.stat, row.kind),
        kind: row.kind,
        task: playerTask(row.stat),
        leagueId: opts.leagueId,
        features: artifact.features,
        training: { ...artifact.training, min_prior_games: MIN_PRIOR_GAMES },
        hyperparameters: artifact.hyperParameters,
        metrics: {
          held_out: {
            from: held.testFrom,
            to: held.testTo,
            trained_from: held.trainFrom,
            n: row.n,
            mae: row.mae,
            baseline_mae: row.baselineMae,
            coverage: row.coverage,
          },
        },
        artifact,
      }),
    );
  }
  opts.onProgress?.(total, total, 'done');
  return registered;
}
