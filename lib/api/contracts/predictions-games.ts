// Game-outcome predictions: who wins, by how much, how sure, and what drove it, from the loaded
// models; and the walk-forward record anyone can check against the results. Asking changes nothing,
// so these POSTs are questions, not writes: any caller, any key.
import { z } from 'zod';
import { GAME_MODEL_CHOICES } from '@/lib/predictions/games/artifact';
import { defineContract } from '../contract';
import { pageQuery } from '../pagination';

const tag = 'Predictions';
const modelChoice = z
  .enum(GAME_MODEL_CHOICES)
  .describe(
    "A kind of model, or `best` (the loaded one with the lowest walk-forward Brier score); the league's default when absent",
  );

export const teamRefView = z.object({ id: z.number().int(), abbreviation: z.string(), full_name: z.string() });
export const servedModelView = z.object({ name: z.string(), kind: z.string(), version: z.number().int() });
const contribution = z.object({
  feature: z.string(),
  value: z.number(),
  points: z.number().describe('Points of expected home margin this feature adds (negative favours the visitor)'),
});
const answerFields = {
  home_win_probability: z.number().min(0).max(1),
  expected_margin: z.number().describe('Home points minus visitor points'),
  model: servedModelView,
  contributions: z.array(contribution).describe('The features that moved this answer most'),
};
export const gamePredictionView = z.object({
  home_team: teamRefView,
  visitor_team: teamRefView,
  date: z.iso.date(),
  ...answerFields,
});

// A function, not one schema: OpenAPI names a schema used twice, and request schemas stay inline.
const matchup = () =>
  z.strictObject({
    home_team_id: z.number().int().min(1),
    visitor_team_id: z.number().int().min(1),
    date: z.iso.date().optional().describe('Features as of the day before this date; today when absent'),
  });

export const predictGameSimpleContract = defineContract({
  method: 'POST',
  path: '/api/v1/predictions/games/simple',
  summary: 'Predict a game from stored data',
  description:
    'The features (form, Four Factors, rest, head-to-head, Elo, …) are computed from the final games before `date`. An unknown team or a date before any data is a 400 naming the field; a model that exists but is not loaded is a 409.',
  tag,
  auth: 'public',
  scope: 'read',
  question: true,
  body: matchup().extend({ model: modelChoice.optional() }),
  response: gamePredictionView,
});

export const predictGameContract = defineContract({
  method: 'POST',
  path: '/api/v1/predictions/games',
  summary: 'Predict a game from your own feature values',
  description:
    'For clients with their own data: every feature the model lists (GET /api/v1/predictions/models) as a finite number. A missing or non-finite one is a 400 naming it.',
  tag,
  auth: 'public',
  scope: 'read',
  question: true,
  body: z.strictObject({
    features: z.record(z.string(), z.number()),
    model: modelChoice.optional(),
    league_id: z.number().int().min(1).optional().describe('Whose models answer; the pro league when absent'),
  }),
  response: z.object(answerFields),
});

export const compareGameContract = defineContract({
  method: 'POST',
  path: '/api/v1/predictions/compare',
  summary: "Every loaded model's answer on one matchup",
  tag,
  auth: 'public',
  scope: 'read',
  question: true,
  body: matchup(),
  response: z.object({
    home_team: teamRefView,
    visitor_team: teamRefView,
    date: z.iso.date(),
    answers: z.array(z.object({ default: z.boolean(), ...answerFields })),
  }),
});

export const predictBatchContract = defineContract({
  method: 'POST',
  path: '/api/v1/predictions/batch',
  summary: 'Predict up to 100 games',
  description: 'The answers in the order asked. A bad matchup is a 400 naming it (`matchups.3.home_team_id`).',
  tag,
  auth: 'public',
  scope: 'read',
  question: true,
  body: z.strictObject({
    matchups: z.array(matchup()).min(1, 'must hold at least one matchup').max(100, 'must hold at most 100 matchups'),
    model: modelChoice.optional(),
  }),
  response: z.array(gamePredictionView),
});

export const backtestContract = defineContract({
  method: 'GET',
  path: '/api/v1/predictions/backtest',
  summary: 'Walk-forward forecasts of past games',
  description:
    'Every regular-season game from `from` to `to` (at most three seasons), each predicted by a model trained only on the seasons before its own (retrained at each season boundary) with features as of the day before. Check them against the scores: `meta` has the accuracy, Brier score and log loss.',
  tag,
  auth: 'public',
  scope: 'read',
  cacheSeconds: 300,
  query: z.strictObject({
    model: z
      .enum(GAME_MODEL_CHOICES)
      .optional()
      .describe('A kind, or `best` (the default): the loaded kind with the lowest Brier score'),
    version: z.coerce.number().int().min(1).optional().describe("A registered version of that kind's line, to name in `meta`"),
    from: z.iso.date(),
    to: z.iso.date(),
    league: z.coerce.number().int().min(1).optional().describe('League id; the pro league when absent'),
  }),
  response: z.array(
    z.object({
      game_id: z.number().int(),
      date: z.iso.date(),
      home_team: teamRefView,
      visitor_team: teamRefView,
      home_win_probability: z.number(),
      home_team_score: z.number().int(),
      visitor_team_score: z.number().int(),
    }),
  ),
});

export const predictionHistoryView = z.object({
  id: z.number().int(),
  at: z.iso.datetime().describe('UTC'),
  request_id: z.string().describe('The X-Request-Id the prediction was answered with'),
  endpoint: z.enum(['games', 'games/simple', 'compare', 'batch']).describe('Which route answered'),
  model: z.object({ name: z.string(), version: z.number().int() }),
  features: z.record(z.string(), z.number()).describe('The feature vector the model saw'),
  result: z.record(z.string(), z.unknown()).describe('What the model answered (and the matchup, when asked by teams)'),
});

export const predictionHistoryContract = defineContract({
  method: 'GET',
  path: '/api/v1/predictions/history',
  summary: "The caller's game predictions",
  description:
    "Signed in or with an API key. Every game prediction the caller asked for (games, games/simple, compare, batch), newest first, each with the request id it was answered with; nobody else's. Page with `meta.next_cursor`.",
  tag,
  auth: 'user',
  scope: 'read',
  query: z.strictObject({ ...pageQuery }),
  response: z.array(predictionHistoryView),
});

export const predictionGameContracts = [
  predictionHistoryContract,
  predictGameSimpleContract,
  predictGameContract,
  compareGameContract,
  predictBatchContract,
  backtestContract,
];
