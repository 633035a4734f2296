// What the process is doing before it can serve (opening and migrating the database, loading demo
// data into a new one). server.mjs answers requests that arrive meanwhile with it, at once, instead
// of leaving them to wait; the state lives on globalThis because server.mjs and the app's bundles
// are different module graphs in one process.
const KEY = Symbol.for('statline.startup');

export interface StartupProgress {
  step: string;
  /** 0–100 where the step can tell. */
  percent: number | null;
}

export function reportStartup(step: string, percent: number | null = null): void {
  (globalThis as Record<symbol, StartupProgress>)[KEY] = { step, percent };
}

/** Whole percents, reported (and logged) only when they change. */
export function percentReporter(step: string, log: (line: string) => void) {
  let last = -1;
  return (done: number, total: number) => {
    const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
    if (percent === last) return;
    last = percent;
    reportStartup(step, percent);
    if (percent % 10 === 0) log(`${step}: ${percent}%`);
  };
}
