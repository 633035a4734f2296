import { expect, it } from 'vitest';
import { type DrivePlay, drivesOf } from './drives';

const play = (p: Partial<DrivePlay> & { playId: number; offenseTeamId: number }): DrivePlay => ({
  drive: null,
  quarter: 1,
  playType: 'run',
  yardline100: 75,
  yardsGained: 0,
  down: 1,
  touchdown: false,
  turnover: false,
  homeScoreBefore: 0,
  visitorScoreBefore: 0,
  homeScoreAfter: 0,
  visitorScoreAfter: 0,
  ...p,
});

it('splits drives at changes of possession, punts and field goals, and leaves kickoffs and tries out', () => {
  const HOME = 1;
  const AWAY = 2;
  const drives = drivesOf(
    [
      play({ playId: 1, offenseTeamId: HOME, playType: 'kickoff' }),
      play({ playId: 2, offenseTeamId: AWAY, yardsGained: 8 }),
      play({ playId: 3, offenseTeamId: AWAY, playType: 'pass', yardsGained: 67, touchdown: true, visitorScoreAfter: 6 }),
      play({ playId: 4, offenseTeamId: AWAY, playType: 'extra_point', visitorScoreBefore: 6, visitorScoreAfter: 7 }),
      play({ playId: 6, offenseTeamId: HOME, yardsGained: 3, visitorScoreBefore: 7, visitorScoreAfter: 7 }),
      play({ playId: 7, offenseTeamId: HOME, playType: 'punt', down: 4, visitorScoreBefore: 7, visitorScoreAfter: 7 }),
      play({ playId: 8, offenseTeamId: AWAY, playType: 'pass', turnover: true, visitorScoreBefore: 7, visitorScoreAfter: 7 }),
      play({
        playId: 9,
        offenseTeamId: HOME,
        playType: 'field_goal',
        down: 4,
        homeScoreAfter: 3,
        visitorScoreBefore: 7,
        visitorScoreAfter: 7,
      }),
      play({
        playId: 10,
        offenseTeamId: AWAY,
        down: 4,
        quarter: 4,
        yardsGained: 0,
        visitorScoreBefore: 7,
        visitorScoreAfter: 7,
        homeScoreBefore: 3,
        homeScoreAfter: 3,
      }),
    ],
    HOME,
  );
  expect(drives.map((d) => [d.team_id, d.plays, d.yards, d.result, d.points])).toEqual([
    [AWAY, 2, 75, 'touchdown', 6],
    [HOME, 2, 3, 'punt', 0],
    [AWAY, 1, 0, 'turnover', 0],
    [HOME, 1, 0, 'field_goal', 3],
    [AWAY, 1, 0, 'downs', 0],
  ]);
  expect(drives.map((d) => d.number)).toEqual([1, 2, 3, 4, 5]);
});

it("follows the source's drive numbers where it has them, and a half always ends a drive", () => {
  const drives = drivesOf(
    [
      play({ playId: 1, offenseTeamId: 1, drive: 1, quarter: 2 }),
      play({ playId: 2, offenseTeamId: 1, drive: 2, quarter: 2 }),
      play({ playId: 3, offenseTeamId: 1, drive: 2, quarter: 3 }),
    ],
    1,
  );
  expect(drives.map((d) => [d.plays, d.result])).toEqual([
    [1, 'end_of_half'],
    [1, 'end_of_half'],
    [1, 'end_of_half'],
  ]);
});
