// The event leaderboard as the server renders it (the stream opens only in the browser): positions
// and names in the sticky columns, to par, thru ("F" once a round is complete), rounds and net.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type BoardState, rankBoard } from '@/lib/golf/events/board';
import { EventBoard } from './event-board';

const par = Array(18).fill(4) as number[];

function board() {
  const s: BoardState = {
    event: { rounds: 2, par, strokeIndex: null, cutAfterRound: null, cutTop: null },
    entries: new Map([
      [1, { entryId: 1, name: 'Ann Lee', userId: null }],
      [2, { entryId: 2, name: 'Bea Cruz', userId: null }],
    ]),
    rounds: new Map([
      [
        'r:1',
        { entryId: 1, roundNumber: 1, playingHandicap: null, strokes: new Map(par.map((p, i) => [i + 1, p])), finished: true },
      ],
      [
        'r:2',
        {
          entryId: 2,
          roundNumber: 1,
          playingHandicap: null,
          strokes: new Map([
            [1, 3],
            [2, 4],
          ]),
          finished: false,
        },
      ],
    ]),
  };
  return rankBoard(s);
}

describe('EventBoard', () => {
  it('renders each line with sticky position and name, to par, thru and the round totals', () => {
    const html = renderToString(createElement(EventBoard, { eventId: 7, initial: board(), lastSeq: 3, rounds: 2, holes: 18 }));
    const rows = html.split('<tr').slice(2);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Bea Cruz');
    expect(rows[0]).toMatch(/>1<\/td>/);
    expect(rows[0]).toMatch(/>-1<\/td>/);
    expect(rows[0]).toMatch(/>2<\/td>/); // thru 2
    expect(rows[1]).toContain('Ann Lee');
    expect(rows[1]).toMatch(/>E<\/td>/);
    expect(rows[1]).toMatch(/>F<\/td>/);
    expect(rows[1]).toMatch(/>72<\/td>/);
    expect(html.match(/sticky/g)?.length).toBe(6);
    expect(html).toContain('Connecting');
  });
});
