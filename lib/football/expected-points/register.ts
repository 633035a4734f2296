// Training the football models into the registry: fit on the earlier seasons, measured on the later
// ones against nflscrapR's own values, registered as the next versions of `nflscrapr-ep` and
// `nflscrapr-wp` (no league: the models are of the game's rules, not of a league's teams).
import type { AuditActor } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { registerVersion } from '@/lib/models/registry';
import { EP_KIND, EP_TASK, WP_KIND, WP_TASK } from './model-kinds';
import type { NflscraprPlay } from './nflscrapr';
import { type HeldOutErrors, heldOutErrors, type TrainProgress, trainExpectedPoints, trainWinProbability } from './train';

export const EP_MODEL_NAME = 'nflscrapr-ep';
export const WP_MODEL_NAME = 'nflscrapr-wp';
export const EP_FEATURES = ['down', 'ydstogo', 'yardline_100', 'goal_to_go', 'half_seconds_remaining', 'play_kind'];
export const WP_FEATURES = [
  ...EP_FEATURES,
  'game_seconds_remaining',
  'qtr',
  'score_differential',
  'posteam_timeouts_remaining',
  'defteam_timeouts_remaining',
];

export interface FootballTraining {
  /** Seasons up to and including this one are fit; the later ones are held out and measured. */
  lastTrainingSeason: number;
  onProgress?: TrainProgress;
}

/** Fits both models and measures them; nothing is written. */
export function fitFootballModels(plays: NflscraprPlay[], opts: FootballTraining) {
  const train = plays.filter((p) => p.season <= opts.lastTrainingSeason);
  const heldOut = plays.filter((p) => p.season > opts.lastTrainingSeason);
  const started = performance.now();
  const ep = trainExpectedPoints(train, opts.onProgress);
  const wp = trainWinProbability(train, ep, opts.onProgress);
  const trainMs = Math.round(performance.now() - started);
  const errors: HeldOutErrors = heldOutErrors(wp, heldOut);
  const heldOutSeasons = [...new Set(heldOut.map((p) => p.season))].sort((a, b) => a - b);
  return { ep, wp, errors, heldOutSeasons, trainMs };
}

export async function trainAndRegisterFootballModels(
  db: Db,
  actor: AuditActor | null,
  plays: NflscraprPlay[],
  opts: FootballTraining,
) {
  const fit = fitFootballModels(plays, opts);
  const held = { seasons: fit.heldOutSeasons, source: 'nflscrapR postseason play-by-play' };
  const epRow = await registerVersion(db, actor, {
    name: EP_MODEL_NAME,
    kind: EP_KIND,
    task: EP_TASK,
    leagueId: null,
    features: EP_FEATURES,
    training: { seasons: fit.ep.trainedOn.seasons, plays: fit.ep.trainedOn.plays, ms: fit.trainMs },
    hyperparameters: { form: 'multinomial logit of the next score, fit by least squares on log-odds' },
    metrics: { held_out: { ...held, mae_vs_nflscrapr_ep: fit.errors.ep.mae, plays: fit.errors.ep.plays } },
    artifact: fit.ep,
  });
  const wpRow = await registerVersion(db, actor, {
    name: WP_MODEL_NAME,
    kind: WP_KIND,
    task: WP_TASK,
    leagueId: null,
    features: WP_FEATURES,
    training: { seasons: fit.wp.trainedOn.seasons, plays: fit.wp.trainedOn.plays, ms: fit.trainMs },
    hyperparameters: { form: 'additive logit (hinge splines) of expected score differential and time', knots: fit.wp.knots },
    metrics: { held_out: { ...held, mae_vs_nflscrapr_wp: fit.errors.wp.mae, plays: fit.errors.wp.plays } },
    artifact: fit.wp,
  });
  return { fit, epRow, wpRow };
}
