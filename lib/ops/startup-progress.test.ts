import { describe, expect, it } from 'vitest';
import { percentReporter, reportStartup } from './startup-progress';

const current = () => (globalThis as Record<symbol, unknown>)[Symbol.for('statline.startup')];

describe('start-up progress', () => {
  it('is shared through globalThis for server.mjs to read', () => {
    reportStartup('opening the database');
    expect(current()).toEqual({ step: 'opening the database', percent: null });
  });

  it('reports whole percents as they change and logs every tenth', () => {
    const lines: string[] = [];
    const report = percentReporter('loading demo data (golf)', (l) => lines.push(l));
    for (let done = 0; done <= 200; done++) report(done, 200);
    expect(current()).toEqual({ step: 'loading demo data (golf)', percent: 100 });
    expect(lines).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => `loading demo data (golf): ${p}%`));
  });
});
