// The projection of a live game's log, run inside the append transaction: the reducer's state into
// bb_live_games, the score and status into bb_games, and — once the game is final — its player and
// team lines into the box-score tables that season averages read.
import { eq, sql } from 'drizzle-orm';
import { bbGames, bbLiveGames, bbPlayerLines, bbTeamLines } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import type { StoredEvent } from '@/lib/events/schemas';
import { readStream } from '@/lib/events/store';
import type { LoggedEvent } from '../live/events';
import { minutesPlayed } from '../live/minutes-played';
import { append } from '../live/reducer';
import { periodMinutes } from '../live/rules';
import { emptyLine, type GameState, officialLine, rulesOf, type Side, sides, storedState } from '../live/state';
import { countingKeys, pickCounting } from '../stats';
import { basketballTags } from '../tags';
import { touchBasketballData } from '../versioned-cache';
import { countsFor } from './counts-for';
import { gameRosters } from './entities';

export const gameStream = (gameId: number) => `basketball-game:${gameId}`;

/** `at`, the server's time of the append, is what a running game clock is read against. */
export const toLogged = (e: StoredEvent): LoggedEvent =>
  ({ seq: e.seq, at: Date.parse(e.createdAt), type: e.type, data: e.data }) as LoggedEvent;

interface GameRow {
  id: number;
  season: number;
  homeTeamId: number;
  awayTeamId: number;
}

/** Players added to a roster after the game was created join its setup with empty lines. */
export function withRosters(state: GameState, rosters: Record<Side, number[]>): GameState {
  let next = state;
  for (const side of sides) {
    const missing = rosters[side].filter((p) => !next.setup[side].player_ids.includes(p));
    if (missing.length === 0) continue;
    if (next === state) next = structuredClone(state);
    next.setup[side].player_ids.push(...missing);
    for (const p of missing) next.teams[side].players[p] = { ...emptyLine(), plus_minus: 0 };
  }
  return next;
}

const playerFields = ['player_id', 'assist_player_id', 'block_player_id', 'steal_player_id', 'player_in_id', 'player_out_id'];

function namesNewPlayer(state: GameState, event: LoggedEvent): boolean {
  const data = (event.type === 'play_corrected' ? event.data.replacement : event.data) as Record<string, unknown>;
  const ids = [...playerFields.map((f) => data[f]), ...((data.player_ids as unknown[]) ?? [])];
  const known = new Set([...state.setup.home.player_ids, ...state.setup.visitor.player_ids]);
  return ids.some((id) => typeof id === 'number' && !known.has(id));
}

/** The game's live state row (read with the stream lock held: appendGameEvent pipelines it with the lock). */
export async function readLiveGame(tx: Db, gameId: number) {
  const [live] = await tx.select().from(bbLiveGames).where(eq(bbLiveGames.gameId, gameId));
  return live ?? null;
}

/** Projects one stored event; throws a rule_violation DomainError (rolling the append back) when it breaks a rule. */
export async function projectGameEvent(
  tx: Db,
  game: GameRow,
  stored: StoredEvent,
  live: Awaited<ReturnType<typeof readLiveGame>>,
): Promise<string[]> {
  if (!live) throw new DomainError('rule_violation', `Game ${game.id} is not scored live in Statline.`);
  const event = toLogged(stored);
  const state = storedState(live.state);
  // Players may join a roster after the game was scheduled: look them up only when a play names one.
  const before = namesNewPlayer(state, event) ? withRosters(state, await gameRosters(tx, game)) : state;
  const replays = event.type === 'undo' || event.type === 'play_corrected';
  const history = replays ? (await readAll(tx, stored.stream)).filter((e) => e.seq < stored.seq) : [];
  const outcome = append(before, event, history.map(toLogged));
  if (!outcome.ok) throw new DomainError('rule_violation', outcome.reason);
  return saveState(tx, game, before, outcome.state);
}

/** Writes a new state and what follows from it; returns the cache tags that changed. */
export async function saveState(tx: Db, game: GameRow, before: GameState | null, state: GameState): Promise<string[]> {
  // The state row and, when the score moved, the game row: one round trip (pipelined, in order).
  const writes: PromiseLike<unknown>[] = [
    tx
      .update(bbLiveGames)
      .set({ state, lastSeq: state.log.lastSeq, updatedAt: sql`now()` })
      .where(eq(bbLiveGames.gameId, game.id)),
  ];
  const tags: string[] = [];
  const scoreChanged =
    !before ||
    before.status !== state.status ||
    before.score.home !== state.score.home ||
    before.score.visitor !== state.score.visitor;
  if (scoreChanged) {
    const final = state.status === 'final';
    const { home, visitor } = state.score;
    writes.push(
      tx
        .update(bbGames)
        .set({
          status: state.status,
          homeScore: state.status === 'scheduled' ? null : home,
          awayScore: state.status === 'scheduled' ? null : visitor,
          winnerTeamId: final && home !== visitor ? (home > visitor ? game.homeTeamId : game.awayTeamId) : null,
        })
        .where(eq(bbGames.id, game.id)),
    );
    tags.push(basketballTags.games);
  }
  await Promise.all(writes);
  let statsChanged = false;
  if (state.status === 'final') {
    await writeLines(tx, game, state);
    statsChanged = true;
  } else if (before?.status === 'final' || !before) {
    // An undone game_end (or a rebuild) takes the game back out of the season's statistics.
    await deleteLines(tx, game.id);
    statsChanged = true;
  }
  if (statsChanged) {
    tags.push(...basketballTags.all);
    // Only a change to the season's statistics moves the version: a basket in a live game must not
    // empty every cached average, nor make all live games queue on the version row. Last write of
    // the transaction, so its row lock is held only until the commit.
    await touchBasketballData(tx);
  }
  return [...new Set(tags)];
}

export async function readAll(tx: Db, stream: string): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (;;) {
    const page = await readStream(tx, stream, { afterSeq: out.at(-1)?.seq ?? 0, limit: 10_000 });
    out.push(...page);
    if (page.length < 10_000) return out;
  }
}

async function deleteLines(tx: Db, gameId: number) {
  await tx.delete(bbPlayerLines).where(eq(bbPlayerLines.gameId, gameId));
  await tx.delete(bbTeamLines).where(eq(bbTeamLines.gameId, gameId));
}

/** Everyone who was on the floor or in the box score; minutes when the game kept a clock, else unknown. */
async function writeLines(tx: Db, game: GameRow, state: GameState) {
  await deleteLines(tx, game.id);
  // Read under the append lock, so an answer committed a moment ago is in force.
  const [answer] = await tx
    .select({ confirmTeamId: bbGames.confirmTeamId, confirmation: bbGames.confirmation })
    .from(bbGames)
    .where(eq(bbGames.id, game.id));
  const appeared = await playersWhoAppeared(tx, gameStream(game.id), state);
  const rules = rulesOf(state);
  let teamMinutes = 0;
  for (let p = 1; p <= state.period; p++) teamMinutes += periodMinutes(rules, p) * 5;
  for (const side of sides) {
    const team = state.teams[side];
    if (answer && !countsFor(answer, team.team_id)) continue;
    const diff = state.score[side] - state.score[side === 'home' ? 'visitor' : 'home'];
    const official = officialLine(team);
    await tx.insert(bbTeamLines).values({
      gameId: game.id,
      teamId: team.team_id,
      min: teamMinutes,
      ...pickCounting(official.totals),
      plusMinus: diff,
      teamReb: official.team_reb,
      teamTov: official.team_tov,
    });
    const rows = Object.entries(team.players)
      .filter(([id, line]) => appeared.has(Number(id)) || countingKeys.some((k) => line[k] !== 0))
      .map(([id, line]) => ({
        gameId: game.id,
        playerId: Number(id),
        teamId: team.team_id,
        min: minutesPlayed(state, Number(id)),
        ...pickCounting(line),
        plusMinus: line.plus_minus,
      }));
    if (rows.length) await tx.insert(bbPlayerLines).values(rows);
  }
}

async function playersWhoAppeared(tx: Db, stream: string, state: GameState): Promise<Set<number>> {
  const voided = new Set(state.log.voided);
  const seen = new Set<number>();
  for (const e of (await readAll(tx, stream)).map(toLogged)) {
    if (voided.has(e.seq)) continue;
    if (e.type === 'starters') for (const p of e.data.player_ids) seen.add(p);
    if (e.type === 'substitution') seen.add(e.data.player_in_id);
  }
  return seen;
}
