// The state of a live game: plain JSON (it is stored as jsonb) built only by the reducer.
import { z } from 'zod';
import { type CountingKey, countingKeys } from '../stats';
import { type ClockState, initialClock } from './clock';
import { initialMinutes, type MinutesState } from './minutes';
import { type RuleSet, ruleSetName, ruleSets } from './rules';

const teamSetup = z.object({
  team_id: z.int().positive(),
  player_ids: z
    .array(z.int().positive())
    .min(5)
    .refine((ids) => new Set(ids).size === ids.length, 'lists a player twice'),
});

/** What the reducer needs to know about a game before its first event. */
export const gameSetup = z
  .object({ ruleSet: ruleSetName, home: teamSetup, visitor: teamSetup })
  .refine((s) => s.home.team_id !== s.visitor.team_id, 'home and visitor must be different teams')
  .refine((s) => !s.home.player_ids.some((p) => s.visitor.player_ids.includes(p)), 'a player cannot be on both rosters');
export type GameSetup = z.infer<typeof gameSetup>;

export type Side = 'home' | 'visitor';
export const sides: readonly Side[] = ['home', 'visitor'];
export const otherSide = (side: Side): Side => (side === 'home' ? 'visitor' : 'home');

/** The box-score columns, plus technicals (`tf`) which may or may not be personal fouls (see rules). */
export type Line = Record<CountingKey, number> & { tf: number };
export const lineKeys = [...countingKeys, 'tf'] as const;
export type PlayerLine = Line & { plus_minus: number };

export interface TeamState {
  team_id: number;
  /** Every player line added up, plus what belongs to the team alone (team rebounds, team turnovers, bench fouls). */
  totals: Line;
  /** Fouls toward the penalty since the last reset (the period, the half, or carried into overtime). */
  teamFouls: number;
  /** What the OTHER team shoots on this team's next non-shooting foul: one-and-one or two shots. */
  opponentBonus: 'none' | 'bonus' | 'double_bonus';
  timeoutsLeft: number;
  /** Empty until `starters`; afterwards always the five, changed only by substitutions. */
  onCourt: number[];
  /** Fouled out or ejected (two technicals): may not play or come back in. */
  fouledOut: number[];
  /** Keyed by player id; every roster player has a line from the start. */
  players: Record<number, PlayerLine>;
}

export interface GameState {
  setup: GameSetup;
  status: 'scheduled' | 'live' | 'final';
  /** 0 before the first period; above the rule set's periods in overtime. */
  period: number;
  periodRunning: boolean;
  score: Record<Side, number>;
  /** Points per period, index 0 = period 1. */
  scoreByPeriod: Record<Side, number[]>;
  teams: Record<Side, TeamState>;
  clock: ClockState;
  minutes: MinutesState;
  /**
   * Bookkeeping of the event stream (seqs are 1, 2, 3… with no gaps, as the event store guarantees):
   * the undos and what they voided, and the corrections by the seq of the play each one corrects.
   */
  log: { lastSeq: number; undos: number[]; voided: number[]; corrections: Record<number, number> };
}

export const emptyLine = (): Line => ({
  ...(Object.fromEntries(countingKeys.map((k) => [k, 0])) as Record<CountingKey, number>),
  tf: 0,
});

function initialTeam(team: GameSetup['home']): TeamState {
  return {
    team_id: team.team_id,
    totals: emptyLine(),
    teamFouls: 0,
    opponentBonus: 'none',
    timeoutsLeft: 0,
    onCourt: [],
    fouledOut: [],
    players: Object.fromEntries(team.player_ids.map((p) => [p, { ...emptyLine(), plus_minus: 0 }])),
  };
}

export function initialState(setup: GameSetup): GameState {
  return {
    setup,
    status: 'scheduled',
    period: 0,
    periodRunning: false,
    score: { home: 0, visitor: 0 },
    scoreByPeriod: { home: [], visitor: [] },
    teams: { home: initialTeam(setup.home), visitor: initialTeam(setup.visitor) },
    clock: initialClock(),
    minutes: initialMinutes(),
    log: { lastSeq: 0, undos: [], voided: [], corrections: {} },
  };
}

/** A state as stored: games scored before the clock and corrections existed lack their fields. */
export function storedState(json: unknown): GameState {
  const s = json as GameState;
  if (s.clock && s.minutes && s.log.corrections) return s;
  return {
    ...s,
    clock: s.clock ?? initialClock(),
    minutes: s.minutes ?? initialMinutes(),
    log: { ...s.log, corrections: s.log.corrections ?? {} },
  };
}

export const rulesOf = (state: GameState): RuleSet => ruleSets[state.setup.ruleSet];

export function sideOf(state: GameState, teamId: number): Side | null {
  if (state.setup.home.team_id === teamId) return 'home';
  return state.setup.visitor.team_id === teamId ? 'visitor' : null;
}

export const isOnRoster = (state: GameState, side: Side, playerId: number) => state.setup[side].player_ids.includes(playerId);

/**
 * A team's line as official box scores print it. Rebounds are the sum of the players: a rebound
 * credited to no player (a "team rebound") is shown apart as `team_reb`. Turnovers and fouls keep
 * what belongs to the team alone (shot-clock violations, bench technicals), as the official TOV and
 * PF do; `team_tov` says how many of the turnovers no player committed.
 */
export function officialLine(team: Pick<TeamState, 'totals' | 'players'>) {
  const players = Object.values(team.players);
  const sum = (key: CountingKey) => players.reduce((n, p) => n + p[key], 0);
  const reb = sum('reb');
  return {
    totals: { ...team.totals, reb, oreb: sum('oreb'), dreb: sum('dreb') } as Line,
    team_reb: team.totals.reb - reb,
    team_tov: team.totals.turnover - sum('turnover'),
  };
}

/** The box score alone: team totals and player lines, without lineups, periods or the log. */
export function boxScore(state: GameState) {
  return Object.fromEntries(sides.map((s) => [s, { totals: state.teams[s].totals, players: state.teams[s].players }])) as Record<
    Side,
    Pick<TeamState, 'totals' | 'players'>
  >;
}
