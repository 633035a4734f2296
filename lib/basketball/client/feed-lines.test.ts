import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '@/lib/basketball/live/events';
import { ev, HOME, setupFor, VISITOR } from '@/test/support/live-scorebook';
import { scorerFeed } from './feed-lines';
import { projectGame, type ServerEvent } from './local-game';
import type { QueuedEvent } from './outbox';

const setup = setupFor('nba');
const names = { player: (id: number) => `P${id}`, team: (id: number) => (id === HOME ? 'HAW' : 'OWL') };
const abbr = { home: 'HAW', visitor: 'OWL' };
const server = [
  ev.starters(HOME, [11, 12, 13, 14, 15]),
  ev.starters(VISITOR, [21, 22, 23, 24, 25]),
  ev.start(1),
  ev.fg(HOME, 11, 3),
].map((e, i) => ({ ...e, seq: i + 1, id: `s${i + 1}` }) as ServerEvent);
const q = (id: string, event: LiveEvent, { undoOf, ...extra }: Partial<QueuedEvent> & { undoOf?: string } = {}): QueuedEvent => ({
  id,
  payload: undoOf ? { event, undoOf } : { event },
  queuedAt: 0,
  attempts: 0,
  ...extra,
});

describe('scorerFeed', () => {
  it('lists queued plays first, then stored ones, newest first', () => {
    const queue = [
      q('a', ev.undo(4)),
      q('b', ev.fg(HOME, 16, 2)),
      q('c', ev.ft(VISITOR, 21)),
      q('d', ev.undo(0), { undoOf: 'c' }),
    ];
    const lines = scorerFeed(setup, server, projectGame(setup, server, queue), names, abbr);
    expect(lines.map((l) => [l.text, l.meta, l.pending ?? false, l.problem ?? null])).toEqual([
      ['Undo: P21 made free throw', null, true, null],
      ['P21 made free throw', null, true, null],
      ['P16 made 2PT', null, true, 'player 16 is not on the court'],
      ['Undo: P11 made 3PT', null, true, null],
      ['P11 made 3PT', 'Q1 · OWL 0–3 HAW', false, null],
      ['Start of Q1', 'Q1 · OWL 0–0 HAW', false, null],
      ['OWL starters: P21, P22, P23, P24, P25', 'OWL 0–0 HAW', false, null],
      ['HAW starters: P11, P12, P13, P14, P15', 'OWL 0–0 HAW', false, null],
    ]);
  });
});
