// `npm run export -- basketball [season…] > file.json`: Statline's JSON export (re-importable with
// `npm run import -- basketball file.json`; export → import → export gives the same document).
import { exportBasketball } from '@/lib/basketball/export';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';

const [sport, ...rest] = process.argv.slice(2);
const seasons = rest.map(Number);
if (sport !== 'basketball' || seasons.some((s) => !Number.isInteger(s) || s < 1900 || s > 2200)) {
  console.error('Usage: npm run export -- basketball [season…]   (seasons by starting year, e.g. 2018 for 2018-19)');
  process.exit(2);
}
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));
const database = await openScriptDatabaseOrExit({
  instead: 'Stop the app first, or set DATABASE_URL to export from a Postgres database.',
});
try {
  await runMigrations(database);
  const doc = await exportBasketball(database.db, { seasons: seasons.length ? seasons : undefined });
  process.stdout.write(`${JSON.stringify(doc)}\n`);
  console.error(
    `exported ${doc.games.length} games, ${doc.team_lines.length} team lines, ${doc.player_lines.length} player lines`,
  );
} finally {
  await database.close();
}
