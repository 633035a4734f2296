// Training a game model into the registry: its walk-forward scoreboard over the last seasons (each
// predicted by a model trained only on the seasons before it), then the model trained on every
// regular-season game, registered as the next version of the league's line for that kind.
import { eq } from 'drizzle-orm';
import { leagues } from '@/drizzle/schema';
import type { AuditActor } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { registerVersion } from '@/lib/models/registry';
import type { GameModelKind } from './artifact';
import { loadFeatureRows } from './backtest';
import type { GameFeatures } from './features';
import type { Scoreboard } from './metrics';
import { GAME_TASK } from './model-kinds';
import { trainGameModel } from './train';
import { walkForward } from './walk-forward';

export type TrainProgress = { stage: 'features' | 'backtest' | 'train'; done: number; total: number };

const brief = (s: Scoreboard) => ({ n: s.n, accuracy: s.accuracy, brier: s.brier, log_loss: s.logLoss });

export const gameModelName = (leagueSlug: string, kind: GameModelKind) => `${leagueSlug}-game-${kind}`;

export async function trainAndRegisterGameModel(
  db: Db,
  actor: AuditActor | null,
  opts: {
    leagueId: number;
    kind: GameModelKind;
    backtestSeasons?: number;
    onProgress?: (p: TrainProgress) => void;
    /** The league's feature rows when the caller already built them (several kinds trained in a row). */
    rows?: GameFeatures[];
  },
) {
  const [league] = await db.select({ slug: leagues.slug }).from(leagues).where(eq(leagues.id, opts.leagueId));
  if (!league) throw new DomainError('not_found', `No league ${opts.leagueId}.`);
  const rows =
    opts.rows ??
    (await loadFeatureRows(db, opts.leagueId, {
      onProgress: (done, total) => opts.onProgress?.({ stage: 'features', done, total }),
    }));
  const regular = rows.filter((r) => !r.game.postseason);
  const seasons = [...new Set(regular.map((r) => r.game.season))].sort((a, b) => a - b);
  if (seasons.length < 2) {
    throw new DomainError('rule_violation', 'A game model needs final games of at least two seasons: one to learn, one to test.');
  }
  const tested = seasons.slice(-Math.min(opts.backtestSeasons ?? 3, seasons.length - 1));
  const report = walkForward(opts.kind, rows, tested, (_s, i) =>
    opts.onProgress?.({ stage: 'backtest', done: i, total: tested.length }),
  );
  opts.onProgress?.({ stage: 'train', done: 0, total: 1 });
  const artifact = trainGameModel(opts.kind, regular);
  opts.onProgress?.({ stage: 'train', done: 1, total: 1 });
  return registerVersion(db, actor, {
    name: gameModelName(league.slug, opts.kind),
    kind: opts.kind,
    task: GAME_TASK,
    leagueId: opts.leagueId,
    features: artifact.features,
    training: { seasons: artifact.trainedOn.seasons, games: artifact.trainedOn.games },
    hyperparameters: artifact.hyperparameters,
    metrics: {
      walk_forward: {
        seasons: report.seasons.map((s) => ({
          season: s.season,
          trained_on: s.trainedOn,
          model: brief(s.model),
          home: brief(s.home),
          elo: brief(s.elo),
        })),
        pooled: { model: brief(report.pooled.model), home: brief(report.pooled.home), elo: brief(report.pooled.elo) },
        calibration: report.pooled.model.calibration,
      },
    },
    artifact,
  });
}
