// The game models as the registry knows them: one kind per classifier, each artifact checked against
// the shape `artifact.ts` reads before a replica loads it, and built into a function of a feature vector.
import { z } from 'zod';
import { defineModelKind } from '@/lib/models/kinds';
import { GAME_MODEL_KINDS, type GameModelArtifact, type GamePrediction, predictGame } from './artifact';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const paramsOf = (kind: string, members: z.ZodType): z.ZodType => {
  switch (kind) {
    case 'logistic':
      return z.object({ kind: z.literal('logistic'), intercept: finite, coefficients: z.array(finite) });
    case 'tree':
      return z.object({ kind: z.literal('tree'), tree: z.record(z.string(), z.unknown()) });
    case 'forest':
      return z.object({ kind: z.literal('forest'), forest: z.record(z.string(), z.unknown()) });
    case 'ensemble':
      return z.object({ kind: z.literal('ensemble'), members: z.array(members).min(1) });
    case 'elo':
      return z.object({ kind: z.literal('elo') });
    default:
      return z.object({ kind: z.literal('home'), homeWinRate: z.number().min(0).max(1) });
  }
};

function artifactSchema(kind: string): z.ZodType<GameModelArtifact> {
  const member: z.ZodType = z.lazy(() => anyArtifact);
  return z
    .object({
      format: z.literal('statline.game-model'),
      formatVersion: z.literal(1),
      kind: z.literal(kind),
      features: z.array(z.string()).min(1),
      standardization: z.object({ mean: z.array(finite), std: z.array(finite) }),
      margin: z.object({ intercept: finite, coefficients: z.array(finite) }),
      params: paramsOf(kind, member),
      hyperparameters: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
      trainedOn: z.object({ seasons: z.array(z.number().int()), games: z.number().int() }),
    })
    .refine(
      (a) => a.standardization.mean.length === a.features.length && a.standardization.std.length === a.features.length,
      'standardization must give a mean and a std for every feature',
    ) as unknown as z.ZodType<GameModelArtifact>;
}

const anyArtifact: z.ZodType = z.lazy(() => z.union(GAME_MODEL_KINDS.map((k) => artifactSchema(k)) as never));

/** A loaded game model: the registry's `model` of every game kind. */
export interface GameModel {
  features: string[];
  predict(vector: Record<string, number>): GamePrediction;
}

for (const kind of GAME_MODEL_KINDS) {
  defineModelKind<GameModelArtifact, GameModel>({
    kind,
    artifact: artifactSchema(kind),
    build: (artifact) => {
      // Trees and forests are revived on first use; a broken one must fail the load, not a request.
      const probe = Object.fromEntries(artifact.features.map((f) => [f, 0]));
      predictGame(artifact, probe);
      return { features: artifact.features, predict: (vector) => predictGame(artifact, vector) };
    },
  });
}

export const GAME_TASK = 'game';
