// Predictions: the model registry (every trained version with its walk-forward scoreboard; which are
// loaded and which answers by default). Loading and unloading is for site admins.
import { z } from 'zod';
import { defineContract } from '../contract';

const tag = 'Predictions';

export const modelVersionView = z.object({
  name: z.string().describe('The line of versions, e.g. nba-game-logistic'),
  version: z.number().int().describe('1, 2, … in the order the line was trained'),
  kind: z.string().describe('logistic, tree, forest, ensemble, elo, linear, ridge, lasso, …'),
  task: z.string().describe('What it predicts: game, player-pts, …'),
  league_id: z.number().int().nullable(),
  features: z.array(z.string()),
  training: z.record(z.string(), z.unknown()).describe('The training window: seasons, dates, rows'),
  hyperparameters: z.record(z.string(), z.unknown()),
  metrics: z.record(z.string(), z.unknown()).describe('Walk-forward metrics on games it had not seen'),
  loaded: z.boolean().describe('Kept in memory on every replica'),
  default: z.boolean().describe('Answers for its task and league when a request names no model'),
  serving: z.boolean().describe('This replica has it loaded and answering now'),
  aliases: z.array(z.string()).describe('champion, challenger, …'),
  artifact_sha256: z.string(),
  created_at: z.string(),
});

const versionParams = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a model name (lowercase letters, digits and dashes)'),
  version: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more'),
});

export const listModelsContract = defineContract({
  method: 'GET',
  path: '/api/v1/predictions/models',
  summary: 'Model versions',
  description: 'Every trained version, by line then newest first, with its metrics, whether it is loaded and the default.',
  tag,
  auth: 'public',
  scope: 'read',
  query: z.strictObject({
    task: z.string().trim().min(1).max(40).optional(),
    league_id: z.coerce.number().int().min(1).optional(),
    name: versionParams.shape.name.optional(),
  }),
  response: z.array(modelVersionView),
});

export const getModelContract = defineContract({
  method: 'GET',
  path: '/api/v1/predictions/models/{name}/{version}',
  summary: 'One model version',
  tag,
  auth: 'public',
  scope: 'read',
  params: versionParams,
  response: modelVersionView,
});

export const loadModelContract = defineContract({
  method: 'POST',
  path: '/api/v1/predictions/models/{name}/{version}/load',
  summary: 'Load a model version on every replica',
  description:
    'The artifact is checked first (its checksum and shape): a corrupted one is a 422 and nothing changes, so the version serving before keeps serving. `default: true` also makes it the default of its task and league. Every replica follows within a second.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'models:manage',
  params: versionParams,
  body: z.strictObject({ default: z.boolean().optional() }).optional(),
  response: modelVersionView,
  audit: { action: 'model.load', target: { type: 'model_version', id: (p) => `${p.name}@${p.version}` } },
});

export const unloadModelContract = defineContract({
  method: 'DELETE',
  path: '/api/v1/predictions/models/{name}/{version}/load',
  summary: 'Unload a model version from every replica',
  description:
    'A request naming it afterwards is a 409. If it was the default, its task has none until another is loaded as default.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'models:manage',
  params: versionParams,
  response: modelVersionView,
  audit: { action: 'model.unload', target: { type: 'model_version', id: (p) => `${p.name}@${p.version}` } },
});

export const predictionContracts = [listModelsContract, getModelContract, loadModelContract, unloadModelContract];
