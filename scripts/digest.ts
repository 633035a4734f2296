// `npm run digest`: sends every due email digest once, for cron (the app also sends them every few
// minutes while SMTP_URL is set). Safe to run beside the app and beside itself: each user's digest
// is claimed under a row lock. Exit 1 if a mail failed (it is retried on the next run).
import { mailConfigured, sendMail } from '@/lib/auth/mail';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';
import { env } from '@/lib/env';
import { sendDueDigests } from '@/lib/notify/digest';

const baseUrl = env().NEXTAUTH_URL;
if (!mailConfigured() || !baseUrl) {
  console.error('SMTP_URL and NEXTAUTH_URL must be set to send digests.');
  process.exit(2);
}
const database = await openScriptDatabaseOrExit({
  instead: 'The running app sends digests itself while SMTP_URL is set; or set DATABASE_URL to run this against Postgres.',
});
let failed = 0;
try {
  await runMigrations(database);
  const run = await sendDueDigests(database.db, { baseUrl, send: sendMail });
  console.log(`Mailed ${run.mailed} digests listing ${run.notifications} notifications; ${run.failed} failed.`);
  failed = run.failed;
} finally {
  await database.close();
}
process.exit(failed > 0 ? 1 : 0);
