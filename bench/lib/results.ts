// Every suite's results file: bench/results/<suite>-<time>.json, stamped with when it ran.
import { mkdirSync, writeFileSync } from 'node:fs';

/** Writes the results and returns the file's path. */
export function saveResults(suite: string, results: Record<string, unknown>): string {
  const when = new Date().toISOString();
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${suite}-${when.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ when, ...results }, null, 2));
  return file;
}
