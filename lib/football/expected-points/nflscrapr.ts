// nflscrapR play-by-play rows (its column names) as situations with nflscrapR's own values: what the
// models are fit on and measured against. Rows without a situation (timeouts, quarter ends, the
// two-minute warning: no down and no try) carry the next play's values in the source and are left out.
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { NEXT_SCORES, type PlayKind, type PlaySituation } from './situation';

export interface NflscraprPlay {
  season: number;
  gameId: string;
  situation: PlaySituation;
  /** nflscrapR's values; null where the source has none. */
  ep: number | null;
  wp: number | null;
  epa: number | null;
  wpa: number | null;
  /** nflscrapR's next-score probabilities (NEXT_SCORES order, then no score), when all are given. */
  nextScore: number[] | null;
  extraPointProb: number | null;
}

const num = (v: string | undefined): number | null => {
  if (v === undefined || v === '' || v === 'NA') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

function kindOf(r: Record<string, string>): PlayKind | null {
  const type = r.play_type;
  if (type === 'kickoff') return 'kickoff';
  if (type === 'extra_point') return 'extra_point';
  if (num(r.down) === null) return r.two_point_conv_result && r.two_point_conv_result !== 'NA' ? 'two_point' : null;
  if (type === 'field_goal') return 'field_goal';
  if (type === 'punt') return 'punt';
  return 'scrimmage';
}

/** One row with nflscrapR's columns (season added), or null when it is not a play with a situation. */
export function nflscraprPlay(r: Record<string, string>): NflscraprPlay | null {
  const kind = kindOf(r);
  const season = num(r.season);
  const yardline100 = num(r.yardline_100);
  const half = num(r.half_seconds_remaining);
  const game = num(r.game_seconds_remaining);
  const quarter = num(r.qtr);
  if (!kind || season === null || yardline100 === null || half === null || game === null || quarter === null) return null;
  const probs = [...NEXT_SCORES.map((k) => num(r[k.column])), num(r.no_score_prob)];
  return {
    season,
    gameId: r.game_id ?? '',
    situation: {
      kind,
      down: num(r.down) ?? 0,
      ydstogo: num(r.ydstogo) ?? 10,
      yardline100,
      goalToGo: r.goal_to_go === '1',
      halfSecondsRemaining: half,
      gameSecondsRemaining: game,
      quarter,
      // The opening kickoff has no score differential in the source: it is 0-0.
      scoreDifferential: num(r.score_differential) ?? 0,
      posteamTimeouts: num(r.posteam_timeouts_remaining) ?? 3,
      defteamTimeouts: num(r.defteam_timeouts_remaining) ?? 3,
      season,
    },
    ep: num(r.ep),
    wp: num(r.wp),
    epa: num(r.epa),
    wpa: num(r.wpa),
    nextScore: probs.every((p) => p !== null) ? (probs as number[]) : null,
    extraPointProb: num(r.extra_point_prob),
  };
}

/** Every play with a situation in an nflscrapR play-by-play CSV (gzipped or not) with a `season` column. */
export function parseNflscraprCsv(file: Buffer): NflscraprPlay[] {
  const text = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  const rows: Record<string, string>[] = parse(text, { columns: true });
  return rows.map(nflscraprPlay).filter((p) => p !== null);
}
