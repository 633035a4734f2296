// The spectator's play feed and what is drawn from it: the score margin over the game and the shots.
import type { z } from 'zod';
import type { playView } from '@/lib/basketball/scoring/views';

export type PlayJson = z.infer<typeof playView>;

/** Replaces everything after `afterSeq` with the fresh page (an undo re-scores later plays, so they are re-read too). */
export function mergePlays(current: readonly PlayJson[], fresh: readonly PlayJson[], afterSeq: number): PlayJson[] {
  return [...current.filter((p) => p.seq <= afterSeq), ...fresh].sort((a, b) => a.seq - b.seq);
}

export const lastPlaySeq = (plays: readonly PlayJson[]) => plays.at(-1)?.seq ?? 0;

export interface FlowPoint {
  /** 0 is tip-off, then one point per scoring play. */
  n: number;
  home: number;
  visitor: number;
  /** Home minus visitor. */
  margin: number;
  period: number;
  description: string;
}

export function flowPoints(plays: readonly PlayJson[]): FlowPoint[] {
  const points: FlowPoint[] = [{ n: 0, home: 0, visitor: 0, margin: 0, period: 1, description: 'Tip-off' }];
  for (const p of plays) {
    const last = points.at(-1);
    if (p.voided || !last || (p.score.home === last.home && p.score.visitor === last.visitor)) continue;
    points.push({
      n: points.length,
      home: p.score.home,
      visitor: p.score.visitor,
      margin: p.score.home - p.score.visitor,
      period: p.period,
      description: p.description,
    });
  }
  return points;
}

export interface Shot {
  seq: number;
  teamId: number;
  playerId: number;
  points: number;
  made: boolean;
  /** 0..1 across the court from the left sideline, 0..1 out from the baseline. */
  x: number;
  y: number;
  description: string;
}

/** Field goals that were given a location and still stand. */
export function shotsOf(plays: readonly PlayJson[]): Shot[] {
  const shots: Shot[] = [];
  for (const p of plays) {
    const d = p.data;
    if (p.type !== 'field_goal' || p.voided || typeof d.x !== 'number' || typeof d.y !== 'number') continue;
    shots.push({
      seq: p.seq,
      teamId: Number(d.team_id),
      playerId: Number(d.player_id),
      points: Number(d.points),
      made: d.made === true,
      x: d.x,
      y: d.y,
      description: p.description,
    });
  }
  return shots;
}
