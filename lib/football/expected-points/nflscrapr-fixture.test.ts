// The models against nflscrapR's own values in the fixture (postseasons 2009-2018): fit on
// 2009-2016 and measured on 2017-2018 (the bar: mean absolute error under 0.10 points of ep
// and 0.03 of wp), and the committed default model refit from the fixture and held to the same bar.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactSha256, checkArtifact } from '@/lib/models/artifact-check';
import { NFLSCRAPR_MODEL } from './default-model';
import { expectedPoints, winProbability } from './model';
import { WP_KIND } from './model-kinds';
import { type NflscraprPlay, parseNflscraprCsv } from './nflscrapr';
import { fitFootballModels } from './register';
import { heldOutErrors, trainExpectedPoints, trainWinProbability } from './train';

const FIXTURE = path.join(process.cwd(), 'test', 'fixtures', 'football', 'nflscrapR-ep-wp.csv.gz');
let plays: NflscraprPlay[];
beforeAll(() => {
  plays = parseNflscraprCsv(readFileSync(FIXTURE));
});

describe('the fixture', () => {
  it('holds every postseason 2009-2018 with nflscrapR values on nearly every play', () => {
    const seasons = [...new Set(plays.map((p) => p.season))];
    expect(seasons).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect(plays.length).toBeGreaterThan(19_000);
    expect(plays.filter((p) => p.ep !== null).length / plays.length).toBeGreaterThan(0.99);
  });
});

describe('fit on 2009-2016, measured on 2017-2018', () => {
  it('is within 0.10 points of nflscrapR ep and 0.03 of its wp (mean absolute error)', () => {
    const fit = fitFootballModels(plays, { lastTrainingSeason: 2016 });
    expect(fit.heldOutSeasons).toEqual([2017, 2018]);
    expect(fit.ep.trainedOn.seasons.at(-1)).toBe(2016);
    expect(fit.errors.ep.plays).toBeGreaterThan(3500);
    expect(fit.errors.wp.plays).toBeGreaterThan(3500);
    expect(fit.errors.ep.mae).toBeLessThan(0.1);
    expect(fit.errors.wp.mae).toBeLessThan(0.03);
  });

  it('is within bounds on every kind of play, not only on average', () => {
    const train = plays.filter((p) => p.season <= 2016);
    const ep = trainExpectedPoints(train);
    const wp = trainWinProbability(train, ep);
    for (const kind of ['scrimmage', 'punt', 'field_goal', 'kickoff', 'extra_point', 'two_point'] as const) {
      const some = plays.filter((p) => p.season >= 2017 && p.situation.kind === kind);
      expect(some.length, kind).toBeGreaterThan(5);
      const errors = heldOutErrors(wp, some);
      expect(errors.ep.mae, kind).toBeLessThan(0.3);
      expect(errors.wp.mae, kind).toBeLessThan(0.03);
    }
  });

  it('fails a model that does not know the game (a constant EP and a coin-flip WP are far off)', () => {
    const heldOut = plays.filter((p) => p.season >= 2017);
    const train = plays.filter((p) => p.season <= 2016);
    const ep = trainExpectedPoints(train);
    const flat = {
      ...trainWinProbability(train, ep),
      ep: { ...ep, nextScore: ep.nextScore.map((f) => ({ intercept: f.intercept, coefficients: f.coefficients.map(() => 0) })) },
      logit: { intercept: 0, coefficients: trainWinProbability(train, ep).logit.coefficients.map(() => 0) },
    };
    const errors = heldOutErrors(flat, heldOut);
    expect(errors.ep.mae).toBeGreaterThan(0.5);
    expect(errors.wp.mae).toBeGreaterThan(0.1);
  });
});

describe('the committed default model', () => {
  it('is the fit on every season of the fixture, and holds to nflscrapR on it', () => {
    const refit = fitFootballModels(plays, { lastTrainingSeason: 2018 });
    expect(NFLSCRAPR_MODEL.trainedOn).toEqual(refit.wp.trainedOn);
    let worstEp = 0;
    let worstWp = 0;
    for (const p of plays) {
      const ours = expectedPoints(NFLSCRAPR_MODEL.ep, p.situation);
      worstEp = Math.max(worstEp, Math.abs(ours - expectedPoints(refit.ep, p.situation)));
      worstWp = Math.max(worstWp, Math.abs(winProbability(NFLSCRAPR_MODEL, p.situation) - winProbability(refit.wp, p.situation)));
    }
    expect(worstEp).toBeLessThan(1e-6);
    expect(worstWp).toBeLessThan(1e-6);
    const errors = heldOutErrors(NFLSCRAPR_MODEL, plays);
    expect(errors.ep.mae).toBeLessThan(0.1);
    expect(errors.wp.mae).toBeLessThan(0.03);
  });

  it('passes the registry check, and a truncated copy does not', () => {
    const ok = checkArtifact({ kind: WP_KIND, artifact: NFLSCRAPR_MODEL, artifactSha256: artifactSha256(NFLSCRAPR_MODEL) });
    expect(ok.ok).toBe(true);
    const broken = {
      ...NFLSCRAPR_MODEL,
      logit: { ...NFLSCRAPR_MODEL.logit, coefficients: NFLSCRAPR_MODEL.logit.coefficients.slice(1) },
    };
    const bad = checkArtifact({ kind: WP_KIND, artifact: broken, artifactSha256: artifactSha256(broken) });
    expect(bad.ok).toBe(false);
  });
});
