import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '@/lib/basketball/live/events';
import { ev, HOME, setupFor, VISITOR } from '@/test/support/live-scorebook';
import { mergeEvents, planUndo, projectGame, type ServerEvent, settledPrefix } from './local-game';
import type { QueuedEvent } from './outbox';

const setup = setupFor('nba');
const log = (...events: LiveEvent[]): ServerEvent[] =>
  events.map((e, i) => ({ ...e, seq: i + 1, id: `s${i + 1}` }) as ServerEvent);
const queued = (
  id: string,
  event: LiveEvent,
  { undoOf, ...extra }: Partial<QueuedEvent> & { undoOf?: string } = {},
): QueuedEvent => ({
  id,
  payload: undoOf ? { event, undoOf } : { event },
  queuedAt: 0,
  attempts: 0,
  ...extra,
});
const started = log(ev.starters(HOME, [11, 12, 13, 14, 15]), ev.starters(VISITOR, [21, 22, 23, 24, 25]), ev.start(1));

describe('mergeEvents / settledPrefix', () => {
  it('keeps one event per seq in order and uses only the part without gaps', () => {
    const all = log(ev.start(1), ev.fg(HOME, 11, 2), ev.fg(HOME, 11, 3));
    const [one, two, three] = all as [ServerEvent, ServerEvent, ServerEvent];
    const merged = mergeEvents([one], [three, one]);
    expect(merged.map((e) => e.seq)).toEqual([1, 3]);
    expect(settledPrefix(merged).map((e) => e.seq)).toEqual([1]);
    expect(settledPrefix(mergeEvents(merged, [two])).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(mergeEvents(merged, [one])).toBe(merged);
  });
});

describe('projectGame', () => {
  it('plays the queue on top of the server log', () => {
    const g = projectGame(setup, started, [
      queued('a', ev.fg(HOME, 11, 3, true, { assist_player_id: 12 })),
      queued('b', ev.sub(VISITOR, 26, 21)),
    ]);
    expect(g.state.score).toEqual({ home: 3, visitor: 0 });
    expect(g.state.teams.home.players[12]?.ast).toBe(1);
    expect(g.state.teams.visitor.onCourt).toContain(26);
    expect(g.problems).toEqual({});
  });

  it('reports queued plays the rules refuse instead of applying them', () => {
    const g = projectGame(setup, started, [queued('a', ev.fg(HOME, 16, 2)), queued('b', ev.fg(HOME, 11, 2))]);
    expect(g.problems).toEqual({ a: 'player 16 is not on the court' });
    expect(g.state.score.home).toBe(2);
  });

  it('does not count twice a play the server already has', () => {
    const server = [...started, { ...ev.fg(HOME, 11, 2), seq: 4, id: 'a' } as ServerEvent];
    expect(projectGame(setup, server, [queued('a', ev.fg(HOME, 11, 2))]).state.score.home).toBe(2);
  });

  it('applies queued undos of stored plays and of queued ones', () => {
    const server = [...started, { ...ev.fg(HOME, 11, 3), seq: 4, id: 'x' } as ServerEvent];
    const g = projectGame(setup, server, [
      queued('u1', ev.undo(4)),
      queued('a', ev.fg(VISITOR, 21, 2)),
      queued('u2', ev.undo(1), { undoOf: 'a' }),
      queued('b', ev.ft(VISITOR, 22)),
    ]);
    expect(g.state.score).toEqual({ home: 0, visitor: 1 });
  });
});

describe('planUndo', () => {
  it('forgets a play never sent, waits for the seq of one in flight, undoes a stored one', () => {
    const queue = [queued('a', ev.fg(HOME, 11, 2), { attempts: 1 }), queued('b', ev.ft(HOME, 11))];
    expect(planUndo(started, queue, 'a')).toEqual({ kind: 'cancel', id: 'b' });
    expect(planUndo(started, queue.slice(0, 1), 'a')).toEqual({ kind: 'undo-queued', id: 'a' });
    expect(planUndo(started, [], null)).toEqual({ kind: 'undo', seq: 3 });
    expect(planUndo([], [], null)).toEqual({ kind: 'none' });
  });

  it('skips undos and what they undid, stored or queued', () => {
    const server = [...started, { ...ev.fg(HOME, 11, 2), seq: 4, id: 'x' }, { ...ev.undo(4), seq: 5, id: 'y' }] as ServerEvent[];
    expect(planUndo(server, [], null)).toEqual({ kind: 'undo', seq: 3 });
    expect(planUndo(server, [queued('u', ev.undo(3))], null)).toEqual({ kind: 'undo', seq: 2 });
    const queue = [queued('a', ev.ft(HOME, 11), { attempts: 1 }), queued('u', ev.undo(1), { undoOf: 'a', attempts: 1 })];
    expect(planUndo(server, queue, 'u')).toEqual({ kind: 'undo', seq: 3 });
  });
});

describe('projectGame: corrections and the clock on the scorer’s device', () => {
  it('plays a queued correction as the server will: the replacement in the stored play’s place', () => {
    const server = [...started, ...log(ev.fg(HOME, 11, 2)).map((e) => ({ ...e, seq: 4, id: 's4' }) as ServerEvent)];
    const fix = queued('q1', ev.correct(4, ev.fg(HOME, 12, 3)));
    const { state, problems } = projectGame(setup, server, [fix]);
    expect(problems).toEqual({});
    expect(state.score.home).toBe(3);
    expect(state.teams.home.players[12]?.pts).toBe(3);
    expect(state.log.corrections).toEqual({ 4: 5 });
  });

  it('runs a queued clock start from the device’s now until the server’s time arrives', () => {
    const { state } = projectGame(setup, started, [queued('q1', ev.clockStart())], 5_000);
    expect(state.clock).toMatchObject({ running: true, startedAt: 5_000, remainingMs: 720_000, kept: true });
  });
});
