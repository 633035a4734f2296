// A play's situation as the expected-points and win-probability models read it, and the numbers
// they are fit on. Follows nflscrapR's conventions, whose `ep` and `wp` the models reproduce: the
// offense (posteam) is the team in possession, or receiving on a kickoff; scores and timeouts are
// the offense's against the defense's before the snap.

/** What the offense lines up to do: a try and a kickoff are valued by their own rules. */
export type PlayKind = 'scrimmage' | 'field_goal' | 'punt' | 'kickoff' | 'extra_point' | 'two_point';

export interface PlaySituation {
  kind: PlayKind;
  /** 1-4 on a scrimmage down; ignored on a kickoff or a try. */
  down: number;
  ydstogo: number;
  /** Yards from the opponent's goal line (1-99). */
  yardline100: number;
  goalToGo: boolean;
  halfSecondsRemaining: number;
  gameSecondsRemaining: number;
  /** 1-4, 5 for overtime. */
  quarter: number;
  /** Offense's score minus the defense's. */
  scoreDifferential: number;
  posteamTimeouts: number;
  defteamTimeouts: number;
  /** A kickoff is worth a touchback's first down: at the 25 from 2016, the 20 before. */
  season?: number;
}

/** Next-score outcomes of nflscrapR's model, against "no score this half", with their points. */
export const NEXT_SCORES = [
  { column: 'td_prob', points: 7 },
  { column: 'fg_prob', points: 3 },
  { column: 'safety_prob', points: 2 },
  { column: 'opp_safety_prob', points: -2 },
  { column: 'opp_fg_prob', points: -3 },
  { column: 'opp_td_prob', points: -7 },
] as const;

export const TWO_MINUTES = 120;

/** Where a kickoff's value is read: first and ten at the touchback spot. */
export function kickoffAsFirstDown(s: PlaySituation): PlaySituation {
  return {
    ...s,
    kind: 'scrimmage',
    down: 1,
    ydstogo: 10,
    yardline100: (s.season ?? 2016) >= 2016 ? 75 : 80,
    goalToGo: false,
  };
}

/**
 * The next-score model's inputs (nflscrapR's multinomial terms: time, field position, down,
 * log distance, goal to go, their interactions, the two-minute warning), plus the terms that let a
 * field-goal attempt and a punt carry their own value (nflscrapR values those from the kick).
 */
export function nextScoreFeatures(s: PlaySituation): number[] {
  const t = s.halfSecondsRemaining / 1800;
  const y = s.yardline100 / 100;
  const d2 = s.down === 2 ? 1 : 0;
  const d3 = s.down === 3 ? 1 : 0;
  const d4 = s.down === 4 ? 1 : 0;
  const l = Math.log(Math.max(1, s.ydstogo));
  const g = s.goalToGo ? 1 : 0;
  const u2 = s.halfSecondsRemaining <= TWO_MINUTES ? 1 : 0;
  const fg = s.kind === 'field_goal' ? 1 : 0;
  const punt = s.kind === 'punt' ? 1 : 0;
  return [
    t,
    y,
    d2,
    d3,
    d4,
    l,
    g,
    l * d2,
    l * d3,
    l * d4,
    y * d2,
    y * d3,
    y * d4,
    g * l,
    u2,
    fg,
    fg * y,
    fg * y * y,
    fg * t,
    fg * u2,
    punt,
    punt * y,
    punt * t,
    punt * l,
  ];
}

/** Piecewise-linear spline basis: x, then one hinge max(0, x − k) per knot. */
export function hinges(x: number, knots: readonly number[]): number[] {
  return [x, ...knots.map((k) => Math.max(0, x - k))];
}

export const WP_HALVES = ['first', 'second', 'overtime'] as const;
export type WpHalf = (typeof WP_HALVES)[number];

export function halfOf(s: PlaySituation): WpHalf {
  return s.quarter >= 5 ? 'overtime' : s.quarter >= 3 ? 'second' : 'first';
}

export interface WpKnots {
  scoreDiff: number[];
  seconds: number[];
  ratio: number[];
}

/**
 * The win-probability model's inputs (nflscrapR's GAM terms): the expected score differential
 * (expected points plus the score), game time by half, their ratio, and timeouts inside two minutes
 * by half. Smooth terms become hinge bases at fixed knots.
 */
export function winFeatures(s: PlaySituation, ep: number, knots: WpKnots): number[] {
  const esd = ep + s.scoreDifferential;
  const seconds = s.gameSecondsRemaining;
  const ratio = esd / (seconds + 1);
  const half = halfOf(s);
  const u2 = s.halfSecondsRemaining <= TWO_MINUTES ? 1 : 0;
  const out = [...hinges(esd, knots.scoreDiff), ...hinges(ratio, knots.ratio)];
  for (const h of WP_HALVES) {
    const on = h === half ? 1 : 0;
    // The first half is the baseline (the intercept), so its indicator is left out.
    if (h !== 'first') out.push(on);
    out.push(...hinges(seconds / 3600, knots.seconds).map((v) => v * on));
    out.push(u2 * on, u2 * on * s.posteamTimeouts, u2 * on * s.defteamTimeouts);
  }
  return out;
}
