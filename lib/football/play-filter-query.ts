// The API's snake_case filter names onto the domain's filter: one mapping, used by every play endpoint.
import type { PlayFilter } from './play-filters';

export interface PlayFilterQuery {
  team_ids?: number[];
  defense_team_ids?: number[];
  seasons?: number[];
  weeks?: number[];
  game_ids?: number[];
  season_type?: 'pre' | 'reg' | 'post';
  quarters?: number[];
  downs?: number[];
  distance_min?: number;
  distance_max?: number;
  yardline_min?: number;
  yardline_max?: number;
  score_diff_min?: number;
  score_diff_max?: number;
  seconds_remaining_min?: number;
  seconds_remaining_max?: number;
  formations?: string[];
  personnel?: string[];
  defenders_in_box_min?: number;
  defenders_in_box_max?: number;
  pass_rushers_min?: number;
  pass_rushers_max?: number;
  play_types?: string[];
  pass_results?: string[];
  yards_min?: number;
  yards_max?: number;
}

export function playFilterOf(q: PlayFilterQuery): PlayFilter {
  return {
    teamIds: q.team_ids,
    defenseTeamIds: q.defense_team_ids,
    seasons: q.seasons,
    weeks: q.weeks,
    gameIds: q.game_ids,
    seasonType: q.season_type,
    quarters: q.quarters,
    downs: q.downs,
    distanceMin: q.distance_min,
    distanceMax: q.distance_max,
    yardlineMin: q.yardline_min,
    yardlineMax: q.yardline_max,
    scoreDiffMin: q.score_diff_min,
    scoreDiffMax: q.score_diff_max,
    secondsRemainingMin: q.seconds_remaining_min,
    secondsRemainingMax: q.seconds_remaining_max,
    formations: q.formations,
    personnel: q.personnel,
    defendersInBoxMin: q.defenders_in_box_min,
    defendersInBoxMax: q.defenders_in_box_max,
    passRushersMin: q.pass_rushers_min,
    passRushersMax: q.pass_rushers_max,
    playTypes: q.play_types,
    passResults: q.pass_results,
    yardsMin: q.yards_min,
    yardsMax: q.yards_max,
  };
}
