// Property tests over random games that a scorer could really have logged: every event, undos
// included, is drawn at random and kept only when `append` accepts it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ev, Scorebook, setupFor } from '@/test/support/live-scorebook';
import type { FoulKind, LiveEvent, LoggedEvent } from './events';
import { append, replay } from './reducer';
import { ruleSetName, ruleSets } from './rules';
import { boxScore, type GameSetup, type GameState, initialState, type Line, lineKeys, otherSide, sides } from './state';

type Gen = fc.GeneratorValue;
function pick<T>(g: Gen, items: readonly T[]): T {
  const item = items[g(fc.nat, items.length - 1)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}
/** Drops undefined keys, as a JSON body would not have them. */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const foulKinds: FoulKind[] = ['personal', 'personal', 'shooting', 'shooting', 'offensive', 'technical', 'flagrant'];

/** Seqs an undo may target: logged, not undos, not already voided. */
const undoable = (s: GameState, protectedSeqs: readonly number[]) =>
  Array.from({ length: s.log.lastSeq }, (_, i) => i + 1).filter(
    (seq) => !s.log.undos.includes(seq) && !s.log.voided.includes(seq) && !protectedSeqs.includes(seq),
  );

function randomEvent(g: Gen, s: GameState, protectedSeqs: readonly number[]): LiveEvent {
  const side = pick(g, sides);
  const team = s.teams[side];
  const opp = s.teams[otherSide(side)];
  const roster = s.setup[side].player_ids;
  const fromCourt = (t: typeof team, ids: readonly number[]) =>
    t.onCourt.length > 0 && g(fc.integer, { min: 0, max: 9 }) > 0 ? pick(g, t.onCourt) : pick(g, ids);
  const player = () => fromCourt(team, roster);
  const opponent = () => fromCourt(opp, s.setup[otherSide(side)].player_ids);
  const maybe = <T>(percent: number, value: () => T) => (g(fc.integer, { min: 0, max: 99 }) < percent ? value() : undefined);
  // Between periods only lineups, the clock and undos can be logged: draw those more often.
  const roll = s.periodRunning ? g(fc.integer, { min: 0, max: 99 }) : pick(g, [76, 83, 86, 86, 86, 89, 89, 97]);
  if (roll < 30) {
    const made = g(fc.boolean);
    const credit = made ? { assist_player_id: maybe(50, player) } : { block_player_id: maybe(20, opponent) };
    const fraction = () => g(fc.double, { min: 0, max: 1, noNaN: true });
    const where = maybe(50, () => ({ x: fraction(), y: fraction() }));
    return ev.fg(team.team_id, player(), pick(g, [2, 3] as const), made, defined({ ...credit, ...where }));
  }
  if (roll < 40) return ev.ft(team.team_id, player(), g(fc.boolean));
  if (roll < 55) return ev.reb(team.team_id, maybe(85, player) ?? null, g(fc.boolean));
  if (roll < 62) return ev.tov(team.team_id, maybe(85, player) ?? null, maybe(40, opponent));
  if (roll < 74) return ev.foul(team.team_id, maybe(95, player) ?? null, pick(g, foulKinds));
  if (roll < 80) return ev.sub(team.team_id, pick(g, roster), player());
  if (roll < 82) return ev.timeout(team.team_id);
  if (roll < 83) return ev.jump(team.team_id);
  if (roll < 85) return ev.starters(team.team_id, g(fc.shuffledSubarray<number>, roster, { minLength: 5, maxLength: 5 }));
  if (roll < 89) return s.periodRunning ? ev.end(s.period) : ev.start(s.period + 1);
  if (roll < 96) return ev.gameEnd();
  const targets = undoable(s, protectedSeqs);
  return targets.length > 0 ? ev.undo(pick(g, targets)) : ev.gameEnd();
}

interface Game {
  setup: GameSetup;
  log: LoggedEvent[];
}

/** Plays a random game; with `startersFirst` both fives are set before anything else and never undone. */
function playGame(g: Gen, startersFirst: boolean): Game {
  const book = new Scorebook(setupFor(pick(g, ruleSetName.options)));
  const protectedSeqs = startersFirst ? [1, 2] : [];
  if (startersFirst) {
    for (const side of sides) {
      const roster = book.setup[side].player_ids;
      book.log(ev.starters(book.setup[side].team_id, g(fc.shuffledSubarray<number>, roster, { minLength: 5, maxLength: 5 })));
    }
  }
  const steps = g(fc.integer, { min: 0, max: 160 });
  for (let step = 0; step < steps; step++) {
    // After game_end only undos are accepted: mostly stop there rather than undo and re-end in a loop.
    if (book.state.status === 'final' && g(fc.integer, { min: 0, max: 3 }) > 0) break;
    for (let attempt = 0; attempt < 25; attempt++) {
      const event = randomEvent(g, book.state, protectedSeqs);
      if (book.reason(event) !== null) continue;
      book.log(event);
      break;
    }
  }
  return { setup: book.setup, log: book.events };
}

const gameArb = (startersFirst = false) => fc.gen().map((g) => playGame(g, startersFirst));

/** The state after each event, built one `append` at a time as the projection will. */
function statesOf({ setup, log }: Game): GameState[] {
  let state = initialState(setup);
  return log.map((event, i) => {
    const outcome = append(state, event, log.slice(0, i));
    if (!outcome.ok) throw new Error(`#${event.seq} refused: ${outcome.reason}`);
    state = outcome.state;
    return state;
  });
}
const finalState = (game: Game) => statesOf(game).at(-1) ?? initialState(game.setup);

const shotPoints = (l: Line) => 2 * (l.fgm - l.fg3m) + 3 * l.fg3m + l.ftm;
const sum = (lines: Line[], key: keyof Line) => lines.reduce((n, l) => n + l[key], 0);
const withoutLog = (s: GameState) => ({ ...s, log: null });

/** Rebounds, turnovers and fouls logged with no player: they belong in the team totals only. */
function teamOnly(state: GameState, log: LoggedEvent[], teamId: number): Partial<Line> {
  const voided = new Set(state.log.voided);
  const counts: Partial<Line> = {};
  const add = (key: keyof Line, n = 1) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (const e of log) {
    if (voided.has(e.seq) || e.type === 'undo' || !('team_id' in e.data) || e.data.team_id !== teamId) continue;
    if (!('player_id' in e.data) || e.data.player_id !== null) continue;
    if (e.type === 'rebound') {
      add('reb');
      add(e.data.offensive ? 'oreb' : 'dreb');
    }
    if (e.type === 'turnover') add('turnover');
    if (e.type === 'foul') {
      add('pf', ruleSets[state.setup.ruleSet].fouls.personal[e.data.kind] ? 1 : 0);
      add('tf', e.data.kind === 'technical' ? 1 : 0);
    }
  }
  return counts;
}

/** Every identity of the box score, as one object so that a failure shows them side by side. */
function boxIdentities(state: GameState, log: LoggedEvent[]) {
  return sides.map((side) => {
    const team = state.teams[side];
    const players = Object.values(team.players);
    const extra = teamOnly(state, log, team.team_id);
    return {
      totals: team.totals,
      lines: [team.totals, ...players].map((l) => ({ pts: l.pts, reb: l.reb })),
      score: state.score[side],
      byPeriod: state.scoreByPeriod[side].reduce((a, b) => a + b, 0),
      expected: {
        totals: Object.fromEntries(lineKeys.map((k) => [k, sum(players, k) + (extra[k] ?? 0)])),
        lines: [team.totals, ...players].map((l) => ({ pts: shotPoints(l), reb: l.oreb + l.dreb })),
        score: team.totals.pts,
        byPeriod: team.totals.pts,
      },
    };
  });
}

// Each property plays a few dozen whole games; generous timeouts keep a busy two-core CI from failing them.
describe('the reducer on random valid games', () => {
  it('keeps points, rebounds and team totals consistent with the player lines at every step', () => {
    fc.assert(
      fc.property(gameArb(), (game) => {
        statesOf(game).forEach((state, i) => {
          for (const { expected, ...actual } of boxIdentities(state, game.log.slice(0, i + 1))) expect(actual).toEqual(expected);
        });
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('builds the same state step by step as a replay of the whole log, and as a replay without the undone events', () => {
    fc.assert(
      fc.property(gameArb(), (game) => {
        const { setup, log } = game;
        const last = finalState(game);
        const replayed = replay(setup, log);
        expect(last).toEqual(replayed);
        expect(JSON.parse(JSON.stringify(replayed))).toEqual(replayed);
        const kept = log.filter((e) => e.type !== 'undo' && !replayed.log.voided.includes(e.seq));
        expect(withoutLog(replay(setup, kept))).toEqual(withoutLog(replayed));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('comes back to an empty box score when every event is undone, most recent first', () => {
    fc.assert(
      fc.property(gameArb(), (game) => {
        const { setup } = game;
        let state = finalState(game);
        const history = [...game.log];
        for (const seq of undoable(state, []).reverse()) {
          const undo = { seq: state.log.lastSeq + 1, type: 'undo', data: { seq } } as const;
          const outcome = append(state, undo, history);
          if (!outcome.ok) throw new Error(`undo of #${seq} refused: ${outcome.reason}`);
          state = outcome.state;
          history.push(undo);
        }
        expect(boxScore(state)).toEqual(boxScore(initialState(setup)));
        expect(withoutLog(state)).toEqual(withoutLog(initialState(setup)));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('sums plus/minus over a team to five times its margin when five were on court for every score', () => {
    fc.assert(
      fc.property(gameArb(true), (game) => {
        const state = finalState(game);
        for (const side of sides) {
          const margin = state.score[side] - state.score[otherSide(side)];
          const plusMinus = Object.values(state.teams[side].players).reduce((n, p) => n + p.plus_minus, 0);
          expect(plusMinus).toBe(5 * margin);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
