// Demo basketball data, loaded through the real importer: three seasons of NBA team game logs (MIT)
// and the 2024-25 player game logs (license not stated upstream). See data/basketball/PROVENANCE-*.md.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { importBasketball } from '@/lib/basketball/import/run';
import type { Seed } from './types';

export const dataDir = path.join(process.cwd(), 'lib', 'demo', 'data', 'basketball');
export const demoFiles = ['log-2017.csv', 'log-2018.csv', 'log-2019.csv', 'player-games-2024-10-22_2024-12-31.csv'];

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
      });
      if (summary.rejected > 0) throw new Error(`demo file ${file}: ${summary.rejected} rows rejected`);
      rows += summary.inserted;
      before += sizes[i] ?? 0;
    }
    return rows;
  },
};
