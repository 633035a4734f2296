import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishers, parsePgaHoleByHole } from './pga-hole-by-hole';

const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/golf/Wyndham_Championship_2024.csv'), 'utf8');
const event = parsePgaHoleByHole(text);

describe('2024 Wyndham Championship hole by hole', () => {
  it('reads the event, its par-70 course and every player', () => {
    expect(event.title).toBe('Wyndham Championship');
    expect(event.start_date).toBe('2024-08-08');
    expect(event.par.reduce((a, b) => a + b)).toBe(70);
    expect(event.players).toHaveLength(152);
    expect(event.players.filter((p) => p.rounds.length === 4)).toHaveLength(66);
  });

  it('has Aaron Rai winning with 65-65-68-64 (262, 18 under)', () => {
    const [winner, second] = finishers(event);
    expect(winner?.player).toBe('Aaron Rai');
    expect(winner?.rounds.map((r) => r.gross)).toEqual([65, 65, 68, 64]);
    expect(winner?.total).toBe(262);
    expect(winner?.finish_to_par).toBe(-18);
    expect(second?.player).toBe('Max Greyserman');
  });

  it('makes every round’s gross the sum of its 18 holes, and agrees with the file’s finish', () => {
    for (const p of event.players) {
      for (const r of p.rounds) {
        expect(r.strokes).toHaveLength(18);
        expect(r.gross).toBe(r.strokes.reduce((a, b) => a + b));
        expect(r.to_par).toBe(r.gross - 70);
      }
      if (p.finish_to_par !== null) expect(p.total - 70 * p.rounds.length).toBe(p.finish_to_par);
      else expect(p.finish).toBe('CUT');
    }
  });
});

describe('parsePgaHoleByHole rejects broken files', () => {
  const header = text.split('\n', 1)[0] as string;
  const firstRows = text.split('\n').slice(1, 19);

  it('reports fractional strokes by line', () => {
    const bad = [header, firstRows[0]?.replace(',4.0,1,', ',4.5,1,'), ...firstRows.slice(1)].join('\n');
    expect(() => parsePgaHoleByHole(bad)).toThrow('line 2: strokes must be a whole number');
  });

  it('reports a round with a hole missing', () => {
    const bad = [header, ...firstRows.slice(0, 17)].join('\n');
    expect(() => parsePgaHoleByHole(bad)).toThrow(expect.objectContaining({ code: 'rule_violation' }));
    expect(() => parsePgaHoleByHole(bad)).toThrow('Aaron Rai round 1 has no score for holes 18');
  });
});
