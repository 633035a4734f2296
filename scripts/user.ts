// `npm run user -- create --email a@b.example --role admin [--name "Ada"] [--password …]`: makes an
// account from the command line (the first site admin of a fresh deployment). Without --password a
// strong one is generated and printed once. Uses DATABASE_URL, else the embedded database (stop the
// app first: one process per PGlite folder).
import { parseArgs } from 'node:util';
import { createOperatorAccount } from '@/lib/auth/operator-accounts';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';
import { DomainError } from '@/lib/errors';

const usage =
  'Usage: npm run user -- create --email <email> --role <admin|coach|player|fan> [--name <name>] [--password <password>]';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
});
if (positionals[0] !== 'create' || !values.email || !values.role) {
  console.error(usage);
  process.exit(2);
}
const database = await openScriptDatabaseOrExit({
  instead: 'Stop the app first, or set DATABASE_URL to create the account in a Postgres database the app shares.',
});
let code = 0;
try {
  await runMigrations(database);
  const { user, password, generated } = await createOperatorAccount(database.db, {
    email: values.email,
    role: values.role,
    name: values.name,
    password: values.password,
  });
  console.log(`Created ${user.role} ${user.email} (${user.id}).`);
  if (generated) console.log(`Password (shown once): ${password}`);
} catch (err) {
  if (!(err instanceof DomainError)) throw err;
  console.error(err.message);
  code = 1;
} finally {
  await database.close();
}
process.exit(code);
