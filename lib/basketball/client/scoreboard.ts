// One scoreboard model for both screens: the scorer builds it from the local game state, the
// spectator from the server's box score, and the same component draws either.
import { periodLabel } from '@/lib/basketball/live/feed';
import { type RuleSetName, ruleSets } from '@/lib/basketball/live/rules';
import type { GameState, Side } from '@/lib/basketball/live/state';
import type { BoxscoreView } from '@/lib/basketball/scoring/views';

export type Bonus = 'none' | 'bonus' | 'double_bonus';

export interface ScoreboardTeam {
  teamId: number;
  side: Side;
  abbreviation: string;
  score: number;
  teamFouls: number;
  /** Whether THIS team shoots free throws on the other team's next common foul. */
  bonus: Bonus;
  timeoutsLeft: number;
  fouledOut: string[];
}

export interface ScoreboardModel {
  /** Visitor first, as scoreboards read. */
  teams: [ScoreboardTeam, ScoreboardTeam];
  clock: string;
}

export function clockLabel(ruleSet: string, g: { status: string; period: number; running: boolean }): string {
  if (g.status === 'final') return 'Final';
  if (g.status === 'scheduled' || g.period === 0) return 'Not started';
  const rules = ruleSets[ruleSet as RuleSetName] ?? ruleSets.nba;
  const label = periodLabel(rules, g.period);
  return g.running ? label : `End of ${label}`;
}

export interface TeamNames {
  abbreviation: Record<Side, string>;
  player: (id: number) => string;
}

export function scoreboardFromState(state: GameState, names: TeamNames): ScoreboardModel {
  const team = (side: Side): ScoreboardTeam => {
    const t = state.teams[side];
    const other = state.teams[side === 'home' ? 'visitor' : 'home'];
    return {
      teamId: t.team_id,
      side,
      abbreviation: names.abbreviation[side],
      score: state.score[side],
      teamFouls: t.teamFouls,
      bonus: other.opponentBonus,
      timeoutsLeft: t.timeoutsLeft,
      fouledOut: t.fouledOut.map(names.player),
    };
  };
  return {
    teams: [team('visitor'), team('home')],
    clock: clockLabel(state.setup.ruleSet, { status: state.status, period: state.period, running: state.periodRunning }),
  };
}

export function scoreboardFromBox(box: BoxscoreView): ScoreboardModel {
  const names = new Map(box.teams.flatMap((t) => t.players.map((p) => [p.player_id, p.name] as const)));
  const team = (side: Side): ScoreboardTeam => {
    const t = box.state.teams.find((s) => s.side === side);
    const other = box.state.teams.find((s) => s.side !== side);
    const info = side === 'home' ? box.game.home_team : box.game.visitor_team;
    return {
      teamId: info.id,
      side,
      abbreviation: info.abbreviation,
      score: box.state.score[side],
      teamFouls: t?.team_fouls ?? 0,
      bonus: other?.opponent_bonus ?? 'none',
      timeoutsLeft: t?.timeouts_left ?? 0,
      fouledOut: (t?.fouled_out ?? []).map((id) => names.get(id) ?? `#${id}`),
    };
  };
  return {
    teams: [team('visitor'), team('home')],
    clock: clockLabel(box.game.rule_set, {
      status: box.state.status,
      period: box.state.period,
      running: box.state.period_running,
    }),
  };
}
