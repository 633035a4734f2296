// Training a game model in the background (site admins): 202 with a job, then poll it for its stage,
// progress and the version it registered.
import { z } from 'zod';
import { GAME_MODEL_KINDS } from '@/lib/predictions/games/artifact';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';

const tag = 'Predictions';

// Elo alone and the home team are baselines, not trained models: they are not offered here.
export const TRAINABLE_KINDS = GAME_MODEL_KINDS.filter((k) => k !== 'home');

export const trainingJobView = z.object({
  id: z.uuid(),
  kind: z.string(),
  league_id: z.number().int(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  stage: z.string().nullable().describe('features, backtest or train: what it is doing now'),
  progress: z.object({ done: z.number().int(), total: z.number().int() }).describe('Within the current stage'),
  model: z.object({ name: z.string(), version: z.number().int() }).nullable().describe('The version registered, once succeeded'),
  error: z.string().nullable().describe('Why it failed (null unless status is failed)'),
  created_at: z.string(),
  finished_at: z.string().nullable(),
});

export const startTrainingContract = defineContract({
  method: 'POST',
  path: '/api/v1/predictions/training',
  summary: 'Train a game model in the background',
  description:
    'Answers 202 with the queued job at once; the model is scored walk-forward on the last seasons and then trained on every regular-season game of the league, and registered as the next version of its line (not loaded). Poll `GET /api/v1/predictions/training/{id}` until `status` is `succeeded` or `failed`. `league_id` defaults to the basketball default league.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'models:manage',
  body: z.strictObject({
    kind: z.enum(TRAINABLE_KINDS).describe('The kind of game model to train'),
    league_id: z.number().int().positive().optional(),
  }),
  response: trainingJobView,
  audit: { action: 'model.train', target: { type: 'training_job', id: (_p, data) => data.id } },
  // 202 is not in Contract's status union yet; the wrapper and the OpenAPI writer pass any number through.
  status: 202,
});

export const getTrainingContract = defineContract({
  method: 'GET',
  path: '/api/v1/predictions/training/{id}',
  summary: 'One training job: status, progress and the version it made',
  tag,
  auth: 'user',
  scope: 'read',
  permission: 'models:manage',
  params: z.object({ id: uuidInput('must be a training job id') }),
  response: trainingJobView,
});

export const trainingContracts = [startTrainingContract, getTrainingContract];
