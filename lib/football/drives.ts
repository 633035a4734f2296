// A game's drives from its plays in order: a drive is the offense's run of scrimmage plays (punts and
// field goals end one); kickoffs and tries belong to none. Where the source numbers drives (nflscrapR),
// its numbers split them; otherwise a change of possession does.
export interface DrivePlay {
  playId: number;
  drive: number | null;
  quarter: number;
  offenseTeamId: number | null;
  playType: string;
  yardline100: number | null;
  yardsGained: number;
  down: number | null;
  touchdown: boolean;
  turnover: boolean;
  homeScoreBefore: number;
  visitorScoreBefore: number;
  homeScoreAfter: number;
  visitorScoreAfter: number;
}

export type DriveResult =
  | 'touchdown'
  | 'field_goal'
  | 'missed_field_goal'
  | 'punt'
  | 'turnover'
  | 'downs'
  | 'safety'
  | 'end_of_half';

export interface Drive {
  number: number;
  team_id: number;
  quarter: number;
  start_yardline_100: number | null;
  plays: number;
  yards: number;
  result: DriveResult;
  points: number;
}

const OUTSIDE_DRIVES = new Set(['kickoff', 'extra_point', 'two_point']);

function resultOf(last: DrivePlay, points: number, offenseIsHome: boolean): DriveResult {
  const defensePoints = offenseIsHome
    ? last.visitorScoreAfter - last.visitorScoreBefore
    : last.homeScoreAfter - last.homeScoreBefore;
  if (defensePoints === 2) return 'safety';
  if (last.turnover) return 'turnover';
  if (last.touchdown && points >= 6) return 'touchdown';
  if (last.playType === 'field_goal') return points === 3 ? 'field_goal' : 'missed_field_goal';
  if (last.playType === 'punt') return 'punt';
  if (last.down === 4 && !last.touchdown) return 'downs';
  return 'end_of_half';
}

export function drivesOf(plays: readonly DrivePlay[], homeTeamId: number): Drive[] {
  const groups: DrivePlay[][] = [];
  let current: DrivePlay[] = [];
  for (const p of [...plays].sort((a, b) => a.playId - b.playId)) {
    if (OUTSIDE_DRIVES.has(p.playType) || p.offenseTeamId == null) continue;
    const prev = current.at(-1);
    const split =
      prev &&
      (prev.offenseTeamId !== p.offenseTeamId ||
        (prev.drive != null && p.drive != null && prev.drive !== p.drive) ||
        prev.quarter <= 2 !== p.quarter <= 2 ||
        prev.playType === 'punt' ||
        prev.playType === 'field_goal');
    if (split) {
      groups.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g, i) => {
    const first = g[0] as DrivePlay;
    const last = g.at(-1) as DrivePlay;
    const offenseIsHome = first.offenseTeamId === homeTeamId;
    const points = offenseIsHome
      ? last.homeScoreAfter - first.homeScoreBefore
      : last.visitorScoreAfter - first.visitorScoreBefore;
    const scrimmage = g.filter((p) => p.playType === 'pass' || p.playType === 'run');
    return {
      number: i + 1,
      team_id: first.offenseTeamId as number,
      quarter: first.quarter,
      start_yardline_100: first.yardline100,
      plays: g.length,
      yards: scrimmage.reduce((s, p) => s + p.yardsGained, 0),
      result: resultOf(last, points, offenseIsHome),
      points,
    };
  });
}
