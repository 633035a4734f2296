// Reading the source CSVs independently of the importer, to compute expected values in tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const demoDir = path.join(process.cwd(), 'lib', 'demo', 'data', 'basketball');
export const playerLogFile = path.join(demoDir, 'player-games-2024-10-22_2024-12-31.csv');
export const teamLog2019 = path.join(demoDir, 'log-2019.csv');

export function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}
