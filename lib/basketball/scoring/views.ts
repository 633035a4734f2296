// JSON shapes of live games: the stored event, the box score with game state, the play feed.
import { z } from 'zod';
import type { StoredEvent } from '@/lib/events/schemas';
import { gameView } from '../api-views';
import { periodLengthMs, remainingAt } from '../live/clock';
import { minutesPlayed } from '../live/minutes-played';
import { type GameState, officialLine, rulesOf, type Side } from '../live/state';
import { type CountingKey, countingKeys, pickCounting } from '../stats';

const int = z.number().int();
const counting = z.object(Object.fromEntries(countingKeys.map((k) => [k, int])) as Record<CountingKey, typeof int>);
const score = z.object({ home: int, visitor: int });

export const storedEventView = z.object({
  id: z.uuid(),
  seq: int,
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
  created_at: z.iso.datetime(),
});

export const toPlayEvent = (e: StoredEvent): z.infer<typeof storedEventView> => ({
  id: e.id,
  seq: e.seq,
  type: e.type,
  data: e.data as Record<string, unknown>,
  created_at: e.createdAt,
});

const teamStateView = z.object({
  team_id: int,
  side: z.enum(['home', 'visitor']),
  team_fouls: int.describe('Fouls toward the penalty in the current period (or half)'),
  opponent_bonus: z
    .enum(['none', 'bonus', 'double_bonus'])
    .describe("What the other team shoots on this team's next common foul"),
  timeouts_left: int,
  on_court: z.array(int),
  fouled_out: z.array(int),
});

const clockView = z
  .object({
    kept: z.boolean().describe('Whether the scorer keeps a game clock in this game'),
    period: int,
    remaining_ms: int.describe("Time left in the period at the response's `meta.server_time`"),
    running: z.boolean(),
    started_at: z.iso.datetime().nullable().describe('Server time the running clock started from `remaining_at_start_ms`'),
    remaining_at_start_ms: int,
    period_length_ms: int,
  })
  .describe(
    "The game clock; while it runs a viewer shows `remaining_at_start_ms - (now - started_at)`, its own now corrected by the response's `meta.server_time`",
  );

export const boxscoreView = z.object({
  game: gameView.extend({ rule_set: z.string() }),
  state: z.object({
    status: z.enum(['scheduled', 'live', 'final']),
    period: int,
    period_running: z.boolean(),
    last_seq: int,
    score,
    score_by_period: z.object({ home: z.array(int), visitor: z.array(int) }),
    clock: clockView,
    teams: z.array(teamStateView),
  }),
  teams: z.array(
    z.object({
      team_id: int,
      totals: counting.describe('The official team line: rebounds are the sum of the players; turnovers include team turnovers'),
      team_reb: int.describe('Rebounds credited to the team and to none of its players (not in `totals.reb`)'),
      team_tov: int.describe('Turnovers charged to the team and to none of its players (included in `totals.turnover`)'),
      players: z.array(
        counting.extend({
          player_id: int,
          name: z.string(),
          jersey_number: int.nullable(),
          min: z
            .number()
            .nullable()
            .describe('Minutes played so far (the stint in progress included); null when the game keeps no clock'),
          plus_minus: int,
          on_court: z.boolean(),
        }),
      ),
    }),
  ),
});
export type BoxscoreView = z.infer<typeof boxscoreView>;

export const playView = z.object({
  seq: int,
  type: z.string(),
  period: int,
  data: z.record(z.string(), z.unknown()),
  voided: z.boolean(),
  corrected_by: int.nullable().describe('The seq of the correction in force: `data` is then the replacement'),
  clock: z.object({ period: int, remaining_ms: int }).nullable().describe('The game clock at the play; null without a clock'),
  score,
  description: z.string(),
});

export interface RosterEntry {
  id: number;
  name: string;
  jerseyNumber: number | null;
}

const sidesInOrder: Side[] = ['visitor', 'home'];

export function toBoxscore(
  game: z.infer<typeof boxscoreView>['game'],
  state: GameState,
  roster: Map<number, RosterEntry>,
  now = Date.now(),
): BoxscoreView {
  const { clock } = state;
  return {
    game,
    state: {
      status: state.status,
      period: state.period,
      period_running: state.periodRunning,
      last_seq: state.log.lastSeq,
      score: state.score,
      score_by_period: state.scoreByPeriod,
      clock: {
        kept: clock.kept,
        period: state.period,
        remaining_ms: Math.round(remainingAt(clock, now)),
        running: clock.running,
        started_at: clock.running && clock.startedAt !== null ? new Date(clock.startedAt).toISOString() : null,
        remaining_at_start_ms: clock.remainingMs,
        period_length_ms: state.period === 0 ? 0 : periodLengthMs(rulesOf(state), state.period),
      },
      teams: sidesInOrder.map((side) => {
        const t = state.teams[side];
        return {
          team_id: t.team_id,
          side,
          team_fouls: t.teamFouls,
          opponent_bonus: t.opponentBonus,
          timeouts_left: t.timeoutsLeft,
          on_court: t.onCourt,
          fouled_out: t.fouledOut,
        };
      }),
    },
    teams: sidesInOrder.map((side) => {
      const t = state.teams[side];
      const official = officialLine(t);
      return {
        team_id: t.team_id,
        totals: pickCounting(official.totals),
        team_reb: official.team_reb,
        team_tov: official.team_tov,
        players: Object.entries(t.players)
          .map(([id, line]) => {
            const who = roster.get(Number(id));
            return {
              player_id: Number(id),
              name: who?.name ?? `#${id}`,
              jersey_number: who?.jerseyNumber ?? null,
              ...pickCounting(line),
              min: minutesPlayed(state, Number(id), now),
              plus_minus: line.plus_minus,
              on_court: t.onCourt.includes(Number(id)),
            };
          })
          .sort((a, b) => (a.jersey_number ?? 1000) - (b.jersey_number ?? 1000) || a.player_id - b.player_id),
      };
    }),
  };
}
