// `npm run import -- football <files…>`: Big Data Bowl (games.csv, players.csv, plays.csv) and nflscrapR
// (post_games_YYYY.csv with post_pbp_YYYY.csv) files, in any order and .gz or not, told apart by their
// header lines. A progress bar per set, then each set's summary and its rejected rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import cliProgress from 'cli-progress';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';
import { type FootballFileKind, footballFileKind } from '@/lib/football/import/files';
import { importBigDataBowl, importNflscrapr } from '@/lib/football/import/run';
import type { FootballImportSummary } from '@/lib/football/import/write';

const SHOWN = 10;

function readText(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Returns the exit code: 0 all sets imported (rows may be rejected), 1 a set failed, 2 bad usage. */
export async function importFootballFiles(files: string[]): Promise<number> {
  const byKind = new Map<FootballFileKind, { file: string; text: string }[]>();
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (err) {
      console.error(`${file}: cannot be read (${err instanceof Error ? err.message : String(err)})`);
      return 2;
    }
    const kind = footballFileKind(text.slice(0, text.indexOf('\n')));
    if (!kind) {
      console.error(
        `${file}: not a football file Statline knows (Big Data Bowl games/players/plays, nflscrapR games/play-by-play)`,
      );
      return 2;
    }
    byKind.set(kind, [...(byKind.get(kind) ?? []), { file, text }]);
  }
  const one = (kind: FootballFileKind) => byKind.get(kind)?.[0]?.text;
  if (byKind.has('bdb-plays') && !byKind.has('bdb-games')) {
    console.error('Big Data Bowl plays need their games.csv in the same command.');
    return 2;
  }
  if (byKind.has('nflscrapr-plays') !== byKind.has('nflscrapr-games')) {
    console.error(
      'nflscrapR play-by-play and its games file go together: name both (post_pbp_YYYY.csv and post_games_YYYY.csv).',
    );
    return 2;
  }
  if ((byKind.get('nflscrapr-plays')?.length ?? 0) > 1 || (byKind.get('bdb-games')?.length ?? 0) > 1) {
    console.error('One season per command: name one games file and its plays.');
    return 2;
  }

  const database = await openScriptDatabaseOrExit({ instead: 'Stop the app and run this again.' });
  const bar = new cliProgress.SingleBar(
    { format: '{set} [{bar}] {value}/{total} games', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const progress = (set: string) => (done: number, total: number) => {
    if (done === 0) bar.start(total, 0, { set });
    bar.update(done);
  };
  const report = (set: string, s: FootballImportSummary) => {
    bar.stop();
    const { inserted, updated, unchanged } = s.games;
    console.log(
      `${set}: ${inserted} games inserted, ${updated} updated, ${unchanged} unchanged, ${s.plays} plays, ${s.rejections.length} rejected`,
    );
    for (const r of s.rejections.slice(0, SHOWN)) console.log(`  ${r.file} row ${r.row}: ${r.reason}`);
    if (s.rejections.length > SHOWN) console.log(`  … and ${s.rejections.length - SHOWN} more`);
    for (const w of s.warnings) console.log(`  warning, ${w.file} row ${w.row}: ${w.reason}`);
  };
  try {
    await runMigrations(database);
    const games = one('bdb-games');
    if (games) {
      const set = path.basename(byKind.get('bdb-games')?.[0]?.file ?? 'games.csv');
      report(
        set,
        await importBigDataBowl(database.db, { games, players: one('bdb-players'), plays: one('bdb-plays') }, progress(set)),
      );
    }
    const pbp = one('nflscrapr-plays');
    const post = one('nflscrapr-games');
    if (pbp && post) {
      const set = path.basename(byKind.get('nflscrapr-plays')?.[0]?.file ?? 'play-by-play');
      report(set, await importNflscrapr(database.db, { games: post, plays: pbp }, progress(set)));
    }
    return 0;
  } catch (err) {
    bar.stop();
    console.error(`failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await database.close();
  }
}
