// Demo football data, through the real importers: the NFL Big Data Bowl 2017 weeks 1-4 (games, players,
// plays with formation and personnel) and nflscrapR's 2018 postseason (plays with EPA and WP). No
// license is stated upstream for either; see data/football/*/PROVENANCE.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importBigDataBowl, importNflscrapr } from '@/lib/football/import/run';
import type { Seed } from './types';

export const footballDataDir = path.join(process.cwd(), 'lib', 'demo', 'data', 'football');
const read = (...p: string[]) => {
  const file = path.join(footballDataDir, ...p);
  return file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
};

export const footballDemo: Seed = {
  name: 'football-demo',
  async run({ db, onProgress }) {
    const bdb = await importBigDataBowl(
      db,
      {
        games: read('big-data-bowl-2017', 'games.csv'),
        players: read('big-data-bowl-2017', 'players.csv'),
        plays: read('big-data-bowl-2017', 'plays-weeks-1-4.csv.gz'),
      },
      (done, total) => onProgress?.(done, total * 2),
    );
    const post = await importNflscrapr(
      db,
      { games: read('nflscrapR', 'post_games_2018.csv'), plays: read('nflscrapR', 'post_pbp_2018.csv.gz') },
      (done, total) => onProgress?.(total + done, total * 2),
    );
    const rejected = bdb.rejections.length + post.rejections.length;
    if (rejected > 0) throw new Error(`football demo: ${rejected} rows rejected`);
    return bdb.plays + post.plays;
  },
};
