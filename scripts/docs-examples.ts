// `npm run docs:examples`: records the API reference's examples. Loads the demo data into a fresh
// embedded database, calls every /api/v1 operation through its real route handler (reads first, on
// the demo data as loaded; then the writes, each on what the ones before made), and writes what
// was sent and answered, lists cut to a few rows, to lib/api/openapi.examples.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(tmpdir(), 'statline-docs-'));
// Before any app module reads the environment: its own database, the in-process cache, quiet logs,
// and budgets a script cannot exhaust.
Object.assign(process.env, {
  PGLITE_DIR: dataDir,
  LOG_LEVEL: 'silent',
  NEXTAUTH_SECRET: 'docs-examples-only-secret-0123456789',
  RATE_LIMIT_ANON_PER_MIN: '1000000',
  RATE_LIMIT_USER_PER_MIN: '1000000',
  RATE_LIMIT_API_KEY_PER_MIN: '1000000',
  RATE_LIMIT_SIGNIN_PER_MIN: '1000000',
  RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR: '1000000',
  RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR: '1000000',
  RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: '1000000',
  // A site that mails reset links; no mail goes out (the one address asked about has no account).
  SMTP_URL: 'smtp://127.0.0.1:9',
  NEXTAUTH_URL: 'https://stats.example.org',
  MEDIA_DIR: path.join(dataDir, 'media'),
});
for (const name of ['DATABASE_URL', 'REDIS_URL', 'UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN']) delete process.env[name];

const { getDatabase } = await import('@/lib/db');
const { runSeeds } = await import('@/lib/demo');
const { loadRoutes } = await import('./docs-examples/harness');
const { recordExamples } = await import('./docs-examples/plan');

const out = path.resolve(import.meta.dirname, '../lib/api/openapi.examples.json');
try {
  const database = await getDatabase();
  console.log('loading the demo data…');
  await runSeeds(database);
  const examples = await recordExamples(database.db, await loadRoutes());
  writeFileSync(out, `${JSON.stringify(examples, null, 2)}\n`);
  console.log(`${Object.keys(examples).length} examples written to ${path.relative(process.cwd(), out)}`);
  await database.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
// Stream heartbeats and the cache's timers would keep the process alive.
process.exit(0);
