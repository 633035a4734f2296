// The player-stat models as the registry knows them: linear, ridge and lasso, one artifact per stat,
// checked against the shape `artifact.ts` reads before a replica loads it.
import { z } from 'zod';
import { defineModelKind } from '@/lib/models/kinds';
import {
  type PlayerModelArtifact,
  type PlayerModelKind,
  type PlayerPrediction,
  playerModelKinds,
  predictPlayer,
} from './artifact';
import { type PlayerStat, playerStats } from './features';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

function artifactSchema(kind: PlayerModelKind): z.ZodType<PlayerModelArtifact> {
  return z
    .object({
      kind: z.literal(kind),
      stat: z.enum(playerStats as [PlayerStat, ...PlayerStat[]]),
      features: z.array(z.string()).min(1),
      standardization: z.object({ mean: z.array(finite), sd: z.array(finite.refine((v) => v > 0, 'must be positive')) }),
      intercept: finite,
      coefficients: z.array(finite),
      hyperParameters: z.object({ lambda: finite.optional(), alpha: finite.optional() }),
      residualQuantiles: z.object({ p10: finite, p50: finite, p90: finite }),
      training: z.object({
        from: z.string(),
        to: z.string(),
        n: z.number().int(),
        calibrationFrom: z.string(),
        calibrationN: z.number().int(),
      }),
    })
    .refine(
      (a) =>
        a.standardization.mean.length === a.features.length &&
        a.standardization.sd.length === a.features.length &&
        a.coefficients.length === a.features.length,
      'standardization and coefficients must give one value per feature',
    ) as unknown as z.ZodType<PlayerModelArtifact>;
}

/** A loaded player model: the registry's `model` of every player kind. */
export interface PlayerModel {
  stat: PlayerStat;
  features: string[];
  predict(vector: readonly number[]): PlayerPrediction;
}

for (const kind of playerModelKinds) {
  defineModelKind<PlayerModelArtifact, PlayerModel>({
    kind,
    artifact: artifactSchema(kind),
    build: (artifact) => {
      predictPlayer(artifact, artifact.standardization.mean);
      return { stat: artifact.stat, features: artifact.features, predict: (vector) => predictPlayer(artifact, vector) };
    },
  });
}

/** The registry task of a stat's models: player-pts, player-reb, player-ast. */
export const playerTask = (stat: PlayerStat) => `player-${stat}`;
