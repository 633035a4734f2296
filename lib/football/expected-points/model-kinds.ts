// The football models as the registry knows them: each artifact checked against the shape model.ts
// reads, and built into a function of a situation. Import this before loading or running models.
import { z } from 'zod';
import { defineModelKind } from '@/lib/models/kinds';
import { type EpArtifact, expectedPoints, scoreSituation, type WpArtifact } from './model';
import type { PlaySituation } from './situation';

export const EP_TASK = 'football-ep';
export const WP_TASK = 'football-wp';
export const EP_KIND = 'football-ep';
export const WP_KIND = 'football-wp';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const linearFit = (inputs?: number) =>
  z.object({ intercept: finite, coefficients: inputs === undefined ? z.array(finite) : z.array(finite).length(inputs) });
const trainedOn = z.object({ seasons: z.array(z.number().int()), plays: z.number().int() });

export const epArtifactSchema: z.ZodType<EpArtifact> = z.object({
  format: z.literal('statline.football-ep'),
  formatVersion: z.literal(1),
  nextScore: z.array(linearFit()).length(6),
  extraPoint: linearFit(1),
  twoPointRate: z.number().min(0).max(1),
  trainedOn,
});

export const wpArtifactSchema: z.ZodType<WpArtifact> = z.object({
  format: z.literal('statline.football-wp'),
  formatVersion: z.literal(1),
  ep: epArtifactSchema,
  knots: z.object({ scoreDiff: z.array(finite), seconds: z.array(finite), ratio: z.array(finite) }),
  logit: linearFit(),
  trainedOn,
});

// A kickoff at the start of a game: every term of both models is read, so a short coefficient list
// fails the load rather than a request.
const PROBE: PlaySituation = {
  kind: 'scrimmage',
  down: 1,
  ydstogo: 10,
  yardline100: 75,
  goalToGo: false,
  halfSecondsRemaining: 1800,
  gameSecondsRemaining: 3600,
  quarter: 1,
  scoreDifferential: 0,
  posteamTimeouts: 3,
  defteamTimeouts: 3,
};

const mustBeFinite = (v: number, what: string) => {
  if (!Number.isFinite(v)) throw new Error(`${what} is not a number on a first down at the 25`);
  return v;
};

export interface ExpectedPointsModel {
  expectedPoints(s: PlaySituation): number;
}
export interface WinProbabilityModel {
  score(s: PlaySituation): { ep: number; wp: number };
}

export const epModelKind = defineModelKind<EpArtifact, ExpectedPointsModel>({
  kind: EP_KIND,
  artifact: epArtifactSchema,
  build: (artifact) => {
    mustBeFinite(expectedPoints(artifact, PROBE), 'expected points');
    return { expectedPoints: (s) => expectedPoints(artifact, s) };
  },
});

export const wpModelKind = defineModelKind<WpArtifact, WinProbabilityModel>({
  kind: WP_KIND,
  artifact: wpArtifactSchema,
  build: (artifact) => {
    mustBeFinite(scoreSituation(artifact, PROBE).wp, 'win probability');
    return { score: (s) => scoreSituation(artifact, s) };
  },
});
