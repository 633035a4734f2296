import { describe, expect, it } from 'vitest';
import type { RoundStartedData } from './events';
import type { StartRoundInput } from './start';
import { startDifferences } from './start-retry';

const caller = '00000000-0000-4000-8000-000000000001';
const friend = '00000000-0000-4000-8000-000000000002';
const input: StartRoundInput = {
  id: '00000000-0000-4000-8000-0000000000aa',
  course_id: 1,
  tee_id: 2,
  date: '2026-06-01',
  format: 'stroke_play',
  caller_plays: true,
  players: [{ user_id: friend, gender: 'women' }],
  guests: [{ name: 'Gus', handicap_index: 12.1 }],
};
const player = { name: 'x', handicap_index: 3.2, course_handicap: 4 };
const stored: RoundStartedData = {
  round_id: input.id as string,
  course_id: 1,
  tee_id: 2,
  date: '2026-06-01',
  format: 'stroke_play',
  par: [4, 4, 3],
  players: [
    { ...player, position: 1, user_id: caller, gender: 'men' },
    { ...player, position: 2, user_id: friend, gender: 'women' },
    { position: 3, user_id: null, name: 'Gus', gender: 'men', handicap_index: 12.1, course_handicap: 13 },
  ],
};

describe('a retried start against the stored one', () => {
  it('is the same start whatever handicaps the server fixed', () => {
    expect(startDifferences(stored, caller, input)).toEqual([]);
  });

  it('names every field that differs', () => {
    expect(
      startDifferences(stored, caller, { ...input, course_id: 9, tee_id: 8, date: '2026-06-02', format: 'stableford' }),
    ).toEqual(['course_id', 'tee_id', 'date', 'format']);
    const players = (change: Partial<StartRoundInput>, by = caller) => startDifferences(stored, by, { ...input, ...change });
    expect(players({}, friend)).toEqual(['players']);
    expect(players({ caller_plays: false })).toEqual(['players']);
    expect(players({ gender: 'women' })).toEqual(['players']);
    expect(players({ players: [{ user_id: friend }] })).toEqual(['players']);
    expect(players({ guests: [{ name: 'Gus' }] })).toEqual(['players']);
    expect(players({ guests: [{ name: 'Gil', handicap_index: 12.1 }] })).toEqual(['players']);
    expect(players({ guests: [] })).toEqual(['players']);
  });
});
