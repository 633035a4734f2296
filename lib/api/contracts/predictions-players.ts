// Player-stat predictions: points, rebounds and assists with a p10–p90 interval from the loaded
// player models. Asking changes nothing, so the POST is a question: any caller, any key.
import { z } from 'zod';
import { playerModelKinds } from '@/lib/predictions/players/artifact';
import { defineContract } from '../contract';
import { servedModelView, teamRefView } from './predictions-games';

const tag = 'Predictions';

export const playerStatPredictionView = z.object({
  p10: z.number().describe('Nine games in ten should reach at least this'),
  p50: z.number(),
  p90: z.number().describe('Nine games in ten should stay at or below this'),
  model: servedModelView,
  contributions: z
    .array(
      z.object({ feature: z.string(), value: z.number(), contribution: z.number().describe('Stat units this feature adds') }),
    )
    .describe('The features that moved this answer most'),
});

export const playerPredictionView = z.object({
  player: z.object({ id: z.number().int(), name: z.string() }),
  date: z.iso.date(),
  opponent_team: teamRefView.nullable(),
  is_home: z.boolean().nullable(),
  prior_games: z.number().int().describe("The player's stored games before the date"),
  pts: playerStatPredictionView,
  reb: playerStatPredictionView,
  ast: playerStatPredictionView,
});

export const predictPlayerContract = defineContract({
  method: 'POST',
  path: '/api/v1/predictions/players',
  summary: "Predict a player's points, rebounds and assists",
  description:
    "Features (recent and season averages, minutes, rest, venue, the opponent's defense so far) from the player's games before `date`; each stat from its default model, or the kind named. An unknown player or team, or a date before the player's first game, is a 400 naming the field; a model that is not loaded is a 409.",
  tag,
  auth: 'public',
  scope: 'read',
  question: true,
  body: z.strictObject({
    player_id: z.number().int().min(1),
    date: z.iso.date().optional().describe('Features as of the day before this date; today when absent'),
    opponent_team_id: z.number().int().min(1).optional().describe("Unknown: the league's average defense"),
    is_home: z.boolean().optional(),
    model: z
      .enum(playerModelKinds as ['linear', 'ridge', 'lasso'])
      .optional()
      .describe("A kind; each stat's default when absent"),
  }),
  response: playerPredictionView,
});

export const predictionPlayerContracts: ReturnType<typeof defineContract>[] = [predictPlayerContract];

export const playerBacktestContract = defineContract({
  method: 'GET',
  path: '/api/v1/predictions/players/backtest',
  summary: 'Walk-forward predictions of past player games',
  description:
    'Every player game from `from` to `to` (the player with five games before it), predicted by a model of `stat` trained only on the games before `from`, with features as of the day before each game. `meta` has `n`, the MAE of p50, the p10–p90 coverage, and the MAE of the rolling 10-game average baseline.',
  tag,
  auth: 'public',
  scope: 'read',
  cacheSeconds: 300,
  query: z.strictObject({
    stat: z.enum(['pts', 'reb', 'ast']),
    from: z.iso.date(),
    to: z.iso.date(),
    model: z
      .enum(playerModelKinds as ['linear', 'ridge', 'lasso'])
      .optional()
      .describe('A kind; ridge when absent'),
    league: z.coerce.number().int().min(1).optional().describe('League id; the pro league when absent'),
  }),
  response: z.array(
    z.object({
      player_id: z.number().int(),
      game_id: z.number().int(),
      date: z.iso.date(),
      actual: z.number(),
      p10: z.number(),
      p50: z.number(),
      p90: z.number(),
      baseline: z.number().describe("The player's average over his last 10 games"),
    }),
  ),
});

predictionPlayerContracts.push(playerBacktestContract);
