// nflscrapR's play-by-play (post_pbp_YYYY.csv) and game list (post_games_YYYY.csv) read into Statline's
// shapes. The source's own EP, EPA, WP and WPA are kept beside ours. Rows with no team in possession
// (timeouts, quarter and game ends) are no play and are left out; all-star games are not games of the league.
import { parse } from 'csv-parse/sync';
import { NFLSCRAPR_MODEL } from '../expected-points/default-model';
import { scoreSituation } from '../expected-points/model';
import { isExplosive, isSuccess, type PlayKind } from '../rules';
import type { GamePlays } from './big-data-bowl';
import type { FootballGameIn, FootballPlayIn, Rejection } from './types';

type Row = Record<string, string>;
const NA = (v: string | undefined) => v === undefined || v === '' || v === 'NA';
const num = (v: string | undefined) => (NA(v) ? null : Number(v));
const flag = (v: string | undefined) => v === '1';
const rows = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Row[];
const rowNumber = (i: number) => i + 2;

/** The Pro Bowl's teams: an exhibition, not a game between the league's teams. */
const ALL_STAR = new Set(['AFC', 'NFC', 'APR', 'NPR']);

export function readNflscraprGames(
  text: string,
  dates: Map<string, string>,
): { games: FootballGameIn[]; rejections: Rejection[]; skipped: number } {
  const games: FootballGameIn[] = [];
  const rejections: Rejection[] = [];
  let skipped = 0;
  for (const [i, r] of rows(text).entries()) {
    if (ALL_STAR.has(r.home_team ?? '') || ALL_STAR.has(r.away_team ?? '')) {
      skipped++;
      continue;
    }
    const season = num(r.season);
    const week = num(r.week);
    const home = num(r.home_score);
    const away = num(r.away_score);
    const date = dates.get(r.game_id ?? '');
    const reason = !r.game_id
      ? 'game_id is missing'
      : !Number.isInteger(season) || !Number.isInteger(week)
        ? 'season or week is not a whole number'
        : !r.home_team || !r.away_team
          ? 'a team is missing'
          : [home, away].some((s) => s !== null && (!Number.isInteger(s) || s < 0))
            ? 'a score is not a whole number of 0 or more'
            : !date
              ? 'the play-by-play has no date for this game'
              : null;
    if (reason || !date) {
      rejections.push({ file: 'games', row: rowNumber(i), reason: reason ?? 'no date' });
      continue;
    }
    games.push({
      sourceId: r.game_id as string,
      row: rowNumber(i),
      season: season as number,
      week: week as number,
      seasonType: r.type === 'reg' ? 'reg' : r.type === 'pre' ? 'pre' : 'post',
      date,
      home: { abbreviation: r.home_team as string, name: r.home_team as string },
      visitor: { abbreviation: r.away_team as string, name: r.away_team as string },
      homeScore: home,
      visitorScore: away,
      stadium: null,
      roof: null,
      surface: null,
      weather: null,
      temperatureF: null,
    });
  }
  return { games, rejections, skipped };
}

const PLAY_TYPES: Record<string, PlayKind> = {
  pass: 'pass',
  run: 'run',
  punt: 'punt',
  field_goal: 'field_goal',
  kickoff: 'kickoff',
  extra_point: 'extra_point',
  qb_kneel: 'qb_kneel',
  qb_spike: 'qb_spike',
  no_play: 'no_play',
};

function passResult(r: Row): FootballPlayIn['passResult'] {
  if (flag(r.sack)) return 'sack';
  if (flag(r.interception)) return 'interception';
  if (flag(r.complete_pass)) return 'complete';
  if (flag(r.incomplete_pass)) return 'incomplete';
  return null;
}

/** The dates of the games the play-by-play covers (the game list has none). */
export function nflscraprDates(text: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const r of rows(text)) if (r.game_id && r.game_date && !dates.has(r.game_id)) dates.set(r.game_id, r.game_date);
  return dates;
}

export function readNflscraprPlays(text: string, teamsOf: (gameSourceId: string) => [string, string] | undefined): GamePlays[] {
  const byGame = new Map<string, GamePlays>();
  const after = new Map<string, [number, number]>();
  for (const [i, r] of rows(text).entries()) {
    const gameSourceId = r.game_id ?? '';
    const teams = teamsOf(gameSourceId);
    if (!teams) continue; // all-star games and games not in the list
    const game = byGame.get(gameSourceId) ?? { gameSourceId, plays: [], rejection: null };
    byGame.set(gameSourceId, game);
    const homeAfter = num(r.total_home_score);
    const awayAfter = num(r.total_away_score);
    const before = after.get(gameSourceId) ?? [0, 0];
    if (homeAfter !== null && awayAfter !== null) after.set(gameSourceId, [homeAfter, awayAfter]);
    if (game.rejection || NA(r.posteam) || NA(r.play_type)) continue;
    const reject = (reason: string) => {
      game.rejection = { file: 'plays', row: rowNumber(i), reason: `game ${gameSourceId}: ${reason}` };
    };
    const playId = num(r.play_id);
    const quarter = num(r.qtr);
    const qSeconds = num(r.quarter_seconds_remaining);
    const kind = r.play_type ? PLAY_TYPES[r.play_type] : undefined;
    const yards = num(r.yards_gained) ?? 0;
    if (playId === null || !Number.isInteger(playId)) reject(`play_id "${r.play_id ?? ''}" is not a number`);
    else if (quarter === null || !Number.isInteger(quarter) || quarter < 1 || quarter > 6)
      reject(`qtr "${r.qtr ?? ''}" is not a quarter`);
    else if (qSeconds === null || qSeconds < 0 || qSeconds > 900)
      reject(`play ${playId}: quarter_seconds_remaining is not 0-900`);
    else if (!kind) reject(`play ${playId}: unknown play_type "${r.play_type ?? ''}"`);
    else if (homeAfter === null || awayAfter === null) reject(`play ${playId}: the score after it is missing`);
    else if (homeAfter < before[0] || awayAfter < before[1])
      reject(`play ${playId}: the score goes backwards (${before[0]}-${before[1]} before, ${homeAfter}-${awayAfter} after)`);
    else if (r.posteam !== teams[0] && r.posteam !== teams[1])
      reject(`play ${playId}: posteam "${r.posteam}" is neither ${teams[0]} nor ${teams[1]}`);
    if (
      game.rejection ||
      playId === null ||
      quarter === null ||
      qSeconds === null ||
      !kind ||
      homeAfter === null ||
      awayAfter === null
    )
      continue;

    const offense = r.posteam as string;
    const offenseIsHome = offense === teams[0];
    const down = num(r.down);
    const distance = num(r.ydstogo);
    const y100 = num(r.yardline_100);
    const scoreDiff = offenseIsHome ? before[0] - before[1] : before[1] - before[0];
    const halfSeconds = num(r.half_seconds_remaining) ?? 0;
    const gameSeconds = num(r.game_seconds_remaining) ?? 0;
    const playType: PlayKind = flag(r.two_point_attempt) ? 'two_point' : kind;
    const scrimmage = playType === 'pass' || playType === 'run';
    const ours =
      scrimmage && down !== null && distance !== null && y100 !== null
        ? scoreSituation(NFLSCRAPR_MODEL, {
            kind: 'scrimmage',
            down,
            ydstogo: distance,
            yardline100: y100,
            goalToGo: flag(r.goal_to_go),
            halfSecondsRemaining: halfSeconds,
            gameSecondsRemaining: gameSeconds,
            quarter,
            scoreDifferential: scoreDiff,
            posteamTimeouts: num(r.posteam_timeouts_remaining) ?? 3,
            defteamTimeouts: num(r.defteam_timeouts_remaining) ?? 3,
          })
        : null;
    game.plays.push({
      playId,
      drive: num(r.drive),
      quarter,
      quarterSeconds: qSeconds,
      halfSeconds,
      gameSeconds,
      down,
      distance,
      yardline100: y100,
      goalToGo: flag(r.goal_to_go),
      offense,
      homeScoreBefore: before[0],
      visitorScoreBefore: before[1],
      homeScoreAfter: homeAfter,
      visitorScoreAfter: awayAfter,
      scoreDiff,
      playType,
      passResult: playType === 'pass' ? passResult(r) : null,
      yardsGained: Math.round(yards),
      touchdown: flag(r.touchdown),
      turnover: flag(r.interception) || flag(r.fumble_lost),
      penalty: flag(r.penalty),
      firstDown: flag(r.first_down_rush) || flag(r.first_down_pass) || flag(r.first_down_penalty),
      success: scrimmage ? isSuccess({ down, distance, yardsGained: yards }) : null,
      explosive: isExplosive({ kind: playType, yardsGained: yards }),
      formation: null,
      personnel: null,
      personnelCode: null,
      defensePersonnel: null,
      defendersInBox: null,
      passRushers: null,
      ep: ours?.ep ?? null,
      wp: ours?.wp ?? null,
      sourceEp: num(r.ep),
      sourceEpa: num(r.epa),
      sourceWp: num(r.wp),
      sourceWpa: num(r.wpa),
      description: r.desc || null,
    });
  }
  return [...byGame.values()];
}
