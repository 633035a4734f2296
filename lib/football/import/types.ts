// What a football source file becomes before it is written: plain rows, one shape for every source.
import type { PlayKind } from '../rules';

export interface Rejection {
  file: string;
  /** The line in the file, the header being line 1. */
  row: number;
  reason: string;
}

export interface TeamIn {
  abbreviation: string;
  name: string;
}

export interface FootballGameIn {
  sourceId: string;
  /** Its line in the games file, for reports. */
  row?: number;
  season: number;
  week: number;
  seasonType: 'pre' | 'reg' | 'post';
  date: string;
  home: TeamIn;
  visitor: TeamIn;
  homeScore: number | null;
  visitorScore: number | null;
  stadium: string | null;
  roof: string | null;
  surface: string | null;
  weather: string | null;
  temperatureF: number | null;
}

export interface FootballPlayerIn {
  sourceId: string;
  name: string;
  position: string | null;
  heightInches: number | null;
  weightLbs: number | null;
  college: string | null;
  entryYear: number | null;
}

export interface FootballPlayIn {
  playId: number;
  drive?: number | null;
  quarter: number;
  quarterSeconds: number;
  halfSeconds: number;
  gameSeconds: number;
  down: number | null;
  distance: number | null;
  yardline100: number | null;
  goalToGo: boolean;
  /** The abbreviation of the team in possession, as the game's teams spell it. */
  offense: string;
  homeScoreBefore: number;
  visitorScoreBefore: number;
  homeScoreAfter: number;
  visitorScoreAfter: number;
  scoreDiff: number;
  playType: PlayKind;
  passResult: 'complete' | 'incomplete' | 'interception' | 'sack' | null;
  yardsGained: number;
  touchdown: boolean;
  turnover: boolean;
  penalty: boolean;
  firstDown: boolean;
  success: boolean | null;
  explosive: boolean;
  formation: string | null;
  personnel: Record<string, number> | null;
  personnelCode: string | null;
  defensePersonnel: Record<string, number> | null;
  defendersInBox: number | null;
  passRushers: number | null;
  ep: number | null;
  wp: number | null;
  epa?: number | null;
  wpa?: number | null;
  sourceEp?: number | null;
  sourceEpa?: number | null;
  sourceWp?: number | null;
  sourceWpa?: number | null;
  description: string | null;
}
