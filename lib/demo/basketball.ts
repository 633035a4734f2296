// Demo basketball data, loaded through the real importer: fifteen seasons of NBA team game logs
// (2004-05 .. 2018-19, MIT), the game models' training set, and the 2024-25 player game logs (license
// not stated upstream). See data/basketball/PROVENANCE-*.md.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { importBasketball } from '@/lib/basketball/import/run';
import type { Seed } from './types';

export const dataDir = path.join(process.cwd(), 'lib', 'demo', 'data', 'basketball');
/** Every season of team logs in data/ (2004-05 .. 2018-19). */
export const teamLogFiles = Array.from({ length: 15 }, (_, i) => `log-${2005 + i}.csv`);
export const demoFiles = [...teamLogFiles, 'player-games-2024-10-22_2024-12-31.csv'];
// Rows the source has that are no game: Celtics-Pacers of 2013-04-16 was cancelled (the Boston
// Marathon bombing) and never replayed; its two rows carry no result.
const knownRejections: Record<string, number> = { 'log-2013.csv': 2 };

export const basketballDemo: Seed = {
  name: 'basketball-demo',
  async run({ database, onProgress }) {
    const sizes = demoFiles.map((f) => statSync(path.join(dataDir, f)).size);
    const total = sizes.reduce((a, b) => a + b, 0);
    let before = 0;
    let rows = 0;
    for (const [i, file] of demoFiles.entries()) {
      const summary = await importBasketball(database, {
        source: `demo:${file}`,
        input: createReadStream(path.join(dataDir, file)),
        totalBytes: sizes[i] ?? null,
        onProgress: (p) => onProgress?.(before + p.bytes, total),
        // The predictions demo trains the default models after this; no retrain should race it.
        followUps: false,
      });
      if (summary.rejected > (knownRejections[file] ?? 0))
        throw new Error(`demo file ${file}: ${summary.rejected} rows rejected`);
      rows += summary.inserted;
      before += sizes[i] ?? 0;
    }
    return rows;
  },
};
