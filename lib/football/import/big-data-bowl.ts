// The NFL Big Data Bowl 2019 files (2017 season: games.csv, players.csv, plays.csv) read into
// Statline's shapes. Each row is checked; a bad row is reported with its row number and reason, and
// a game with a bad play is reported whole (a game is all in or all out).
import { parse } from 'csv-parse/sync';
import { NFLSCRAPR_MODEL } from '../expected-points/default-model';
import { scoreSituation } from '../expected-points/model';
import {
  clockSeconds,
  gameSecondsRemaining,
  halfSecondsRemaining,
  isExplosive,
  isSuccess,
  type PlayKind,
  parsePersonnel,
  personnelCode,
  yardline100,
} from '../rules';
import type { FootballGameIn, FootballPlayerIn, FootballPlayIn, Rejection } from './types';

const NA = (v: string | undefined) => v === undefined || v === '' || v === 'NA';
const int = (v: string | undefined) => (NA(v) ? null : Number.isInteger(Number(v)) ? Number(v) : Number.NaN);
/** A number the source may leave out or write loosely (72.5°, "NA"): whole or nothing. */
const optInt = (v: string | undefined) => {
  const n = NA(v) ? Number.NaN : Math.round(Number(v));
  return Number.isFinite(n) ? n : null;
};

/** mm/dd/yyyy → yyyy-mm-dd, or null when it names no day of the calendar. */
function isoDate(text: string | undefined): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[3]), Number(m[1]), Number(m[2])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d
    ? day.toISOString().slice(0, 10)
    : null;
}

function rows(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
}

/** The header line is row 1, so the first data row is row 2, as a spreadsheet numbers it. */
const rowNumber = (i: number) => i + 2;

export function readGames(text: string): { games: FootballGameIn[]; rejections: Rejection[] } {
  const games: FootballGameIn[] = [];
  const rejections: Rejection[] = [];
  for (const [i, r] of rows(text).entries()) {
    const date = isoDate(r.gameDate);
    const season = int(r.season);
    const week = int(r.week);
    const home = int(r.HomeScore);
    const visitor = int(r.VisitorScore);
    const reason = !r.gameId
      ? 'gameId is missing'
      : !date
        ? `gameDate "${r.gameDate ?? ''}" is not a day as mm/dd/yyyy`
        : season == null || Number.isNaN(season)
          ? 'season is not a year'
          : week == null || Number.isNaN(week)
            ? 'week is not a number'
            : Number.isNaN(home) || Number.isNaN(visitor) || (home ?? 0) < 0 || (visitor ?? 0) < 0
              ? 'a score is not a whole number of 0 or more'
              : !r.homeTeamAbbr || !r.visitorTeamAbbr
                ? 'a team abbreviation is missing'
                : null;
    if (reason || !date) {
      rejections.push({ file: 'games', row: rowNumber(i), reason: reason ?? 'gameDate is missing' });
      continue;
    }
    games.push({
      sourceId: r.gameId as string,
      row: rowNumber(i),
      season: season as number,
      week: week as number,
      seasonType: 'reg',
      date,
      home: { abbreviation: r.homeTeamAbbr as string, name: r.homeDisplayName || (r.homeTeamAbbr as string) },
      visitor: { abbreviation: r.visitorTeamAbbr as string, name: r.visitorDisplayName || (r.visitorTeamAbbr as string) },
      homeScore: home,
      visitorScore: visitor,
      stadium: NA(r.Stadium) ? null : (r.Stadium as string),
      roof: NA(r.StadiumType) ? null : (r.StadiumType as string),
      surface: NA(r.Turf) ? null : (r.Turf as string),
      weather: NA(r.GameWeather) ? null : (r.GameWeather as string),
      temperatureF: optInt(r.Temperature),
    });
  }
  return { games, rejections };
}

/** 6'03" → 75. */
function inches(height: string | undefined): number | null {
  const m = /^(\d)'(\d{1,2})"?$/.exec(height ?? '');
  return m ? Number(m[1]) * 12 + Number(m[2]) : null;
}

export function readPlayers(text: string): { players: FootballPlayerIn[]; rejections: Rejection[] } {
  const players: FootballPlayerIn[] = [];
  const rejections: Rejection[] = [];
  for (const [i, r] of rows(text).entries()) {
    const name = `${r.FirstName ?? ''} ${r.LastName ?? ''}`.trim();
    if (!r.nflId || !/^\d+$/.test(r.nflId) || !name) {
      rejections.push({ file: 'players', row: rowNumber(i), reason: !name ? 'the name is missing' : 'nflId is not a number' });
      continue;
    }
    const weight = int(r.Weight);
    const entry = int(r.EntryYear);
    players.push({
      sourceId: r.nflId,
      name,
      position: NA(r.PositionAbbr) ? null : (r.PositionAbbr as string),
      heightInches: inches(r.Height),
      weightLbs: weight == null || Number.isNaN(weight) ? null : weight,
      college: NA(r.College) ? null : (r.College as string),
      entryYear: entry == null || Number.isNaN(entry) ? null : entry,
    });
  }
  return { players, rejections };
}

const SPECIAL: Record<string, PlayKind> = {
  Kickoff: 'kickoff',
  Punt: 'punt',
  'Field Goal': 'field_goal',
  'Extra Point': 'extra_point',
};
const PASS_RESULT = { C: 'complete', I: 'incomplete', IN: 'interception', S: 'sack' } as const;

/** What kind of play a row is: special teams by its type; otherwise the pass result, or a run (R is a QB scramble). */
function kindOf(r: Record<string, string>): FootballPlayIn['playType'] | null {
  if (r.isSTPlay === 'TRUE') return SPECIAL[r.SpecialTeamsPlayType ?? ''] ?? null;
  const desc = r.playDescription ?? '';
  if (r.PassResult && r.PassResult in PASS_RESULT) return 'pass';
  if (r.PassResult === 'R') return 'run';
  if (r.isPenalty === 'TRUE' && /No Play/i.test(desc)) return 'no_play';
  if (/\bkneels\b/i.test(desc)) return 'qb_kneel';
  if (/\bspiked\b/i.test(desc)) return 'qb_spike';
  if (/TWO-POINT CONVERSION/i.test(desc)) return 'two_point';
  return 'run';
}

export interface GamePlays {
  gameSourceId: string;
  plays: FootballPlayIn[];
  /** Why the game is refused whole, with the row that showed it; null when every play is sound. */
  rejection: Rejection | null;
}

/**
 * Plays grouped by game, each play checked. `teamsOf` gives a game's two abbreviations (home first), so
 * the defense is the other side of the possession team; a play naming neither rejects its game.
 */
export function readPlays(text: string, teamsOf: (gameSourceId: string) => [string, string] | undefined): GamePlays[] {
  const byGame = new Map<string, GamePlays>();
  for (const [i, r] of rows(text).entries()) {
    const gameSourceId = r.gameId ?? '';
    const game = byGame.get(gameSourceId) ?? { gameSourceId, plays: [], rejection: null };
    byGame.set(gameSourceId, game);
    if (game.rejection) continue;
    const reject = (reason: string) => {
      game.rejection = { file: 'plays', row: rowNumber(i), reason: `game ${gameSourceId}: ${reason}` };
    };
    const teams = teamsOf(gameSourceId);
    if (!teams) {
      reject('no such game in games.csv');
      continue;
    }
    const playId = int(r.playId);
    const quarter = int(r.quarter);
    const qSeconds = clockSeconds(r.GameClock ?? '');
    const scores = [r.HomeScoreBeforePlay, r.VisitorScoreBeforePlay, r.HomeScoreAfterPlay, r.VisitorScoreAfterPlay].map(int);
    const yards = int(r.PlayResult) ?? 0;
    const kind = kindOf(r);
    if (playId == null || Number.isNaN(playId)) reject(`playId "${r.playId ?? ''}" is not a number`);
    else if (quarter == null || Number.isNaN(quarter) || quarter < 1 || quarter > 5)
      reject(`quarter "${r.quarter ?? ''}" is not 1-5`);
    else if (qSeconds == null) reject(`GameClock "${r.GameClock ?? ''}" is not a clock`);
    else if (scores.some((s) => s == null || Number.isNaN(s) || s < 0)) reject('a score is not a whole number of 0 or more');
    else if ((scores[2] as number) < (scores[0] as number) || (scores[3] as number) < (scores[1] as number))
      reject(`play ${playId}: the score goes backwards (${scores[0]}-${scores[1]} before, ${scores[2]}-${scores[3]} after)`);
    else if (Number.isNaN(yards)) reject(`play ${playId}: PlayResult is not a number`);
    else if (!kind) reject(`play ${playId}: unknown special teams play "${r.SpecialTeamsPlayType ?? ''}"`);
    else if (r.possessionTeam !== teams[0] && r.possessionTeam !== teams[1])
      reject(`play ${playId}: possession team "${r.possessionTeam ?? ''}" is neither ${teams[0]} nor ${teams[1]}`);
    if (game.rejection || playId == null || quarter == null || qSeconds == null || !kind) continue;

    const offense = r.possessionTeam as string;
    const offenseIsHome = offense === teams[0];
    const [hb, vb, ha, va] = scores as number[];
    const down = optInt(r.down) || null;
    const distance = optInt(r.yardsToGo) || null;
    const line = int(r.yardlineNumber);
    const y100 =
      line == null || Number.isNaN(line)
        ? null
        : yardline100(offense, NA(r.yardlineSide) ? null : (r.yardlineSide as string), line);
    const personnel = parsePersonnel(r['personnel.offense']);
    const passResult = r.isSTPlay === 'TRUE' ? null : (PASS_RESULT[r.PassResult as keyof typeof PASS_RESULT] ?? null);
    const scoreDiff = offenseIsHome ? (hb as number) - (vb as number) : (vb as number) - (hb as number);
    const gameSeconds = gameSecondsRemaining(quarter, qSeconds);
    const halfSeconds = halfSecondsRemaining(quarter, qSeconds);
    const offenseGain = offenseIsHome ? (ha as number) - (hb as number) : (va as number) - (vb as number);
    const defenseGain = offenseIsHome ? (va as number) - (vb as number) : (ha as number) - (hb as number);
    const touchdown = offenseGain >= 6 || defenseGain >= 6;
    const valued =
      down != null && distance != null && y100 != null
        ? situationValue(r, { down, distance, y100, quarter, halfSeconds, gameSeconds, scoreDiff })
        : null;
    game.plays.push({
      playId,
      quarter,
      quarterSeconds: qSeconds,
      halfSeconds,
      gameSeconds,
      down,
      distance,
      yardline100: y100,
      goalToGo: y100 != null && distance != null && distance >= y100,
      offense,
      homeScoreBefore: hb as number,
      visitorScoreBefore: vb as number,
      homeScoreAfter: ha as number,
      visitorScoreAfter: va as number,
      scoreDiff,
      playType: kind,
      passResult,
      yardsGained: yards,
      touchdown,
      turnover:
        passResult === 'interception' ||
        (/\bFUMBLES\b.*\bRECOVERED by\b/i.test(r.playDescription ?? '') && defenseRecovered(r, offense)),
      penalty: r.isPenalty === 'TRUE',
      firstDown: down != null && distance != null && yards >= distance && kind !== 'punt',
      success: kind === 'pass' || kind === 'run' ? isSuccess({ down, distance, yardsGained: yards }) : null,
      explosive: isExplosive({ kind, yardsGained: yards }),
      formation: NA(r.offenseFormation) ? null : (r.offenseFormation as string),
      personnel,
      personnelCode: personnelCode(personnel),
      defensePersonnel: parsePersonnel(r['personnel.defense']),
      defendersInBox: optInt(r.defendersInTheBox),
      passRushers: optInt(r.numberOfPassRushers),
      ep: valued?.ep ?? null,
      wp: valued?.wp ?? null,
      description: r.playDescription || null,
    });
  }
  return [...byGame.values()];
}

// The play-by-play text spells a few teams its own way (ARZ for ARI, BLT for BAL, CLV for CLE, HST for HOU).
const TEXT_SPELLING: Record<string, string> = { ARZ: 'ARI', BLT: 'BAL', CLV: 'CLE', HST: 'HOU', SL: 'LA' };

function defenseRecovered(r: Record<string, string>, offense: string): boolean {
  const recoveries = [...(r.playDescription ?? '').matchAll(/RECOVERED by ([A-Z]{2,3})-/g)].map((m) => m[1] as string);
  const last = recoveries.at(-1);
  return last !== undefined && (TEXT_SPELLING[last] ?? last) !== offense;
}

/**
 * Expected points and win probability before a scrimmage snap, from the registry's default nflscrapR
 * model. The Big Data Bowl files have no timeouts: both sides are taken to have all three.
 */
function situationValue(
  r: Record<string, string>,
  s: {
    down: number;
    distance: number;
    y100: number;
    quarter: number;
    halfSeconds: number;
    gameSeconds: number;
    scoreDiff: number;
  },
): { ep: number; wp: number } | null {
  if (r.isSTPlay === 'TRUE') return null;
  return scoreSituation(NFLSCRAPR_MODEL, {
    kind: 'scrimmage',
    down: s.down,
    ydstogo: s.distance,
    yardline100: s.y100,
    goalToGo: s.distance >= s.y100,
    halfSecondsRemaining: s.halfSeconds,
    gameSecondsRemaining: s.gameSeconds,
    quarter: s.quarter,
    scoreDifferential: s.scoreDiff,
    posteamTimeouts: 3,
    defteamTimeouts: 3,
    season: 2017,
  });
}
