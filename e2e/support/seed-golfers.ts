// Before the e2e server starts (after `db:seed`): a golfer per Playwright project with the demo
// golfer's history (same rounds, same index, their own group round in progress with the demo coach
// and a guest). Idempotent, like the demo seed.
import { sql } from 'drizzle-orm';
import { users } from '@/drizzle/schema';
import { hashPassword } from '@/lib/auth/password';
import { closeCache } from '@/lib/cache';
import { openDatabase } from '@/lib/db/client';
import { demoRounds, playDemoRound } from '@/lib/demo/golf';
import { env } from '@/lib/env';
import { runGolfAnalytics } from '@/lib/golf/analytics/consumer';
import { e2eProjects, golferEmail } from './golfers';

const e = env();
const database = await openDatabase(
  e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: 2 } : { kind: 'pglite', dataDir: e.PGLITE_DIR },
);
try {
  const db = database.db;
  const passwordHash = await hashPassword(e.STATLINE_DEMO_PASSWORD);
  const idOf = async (email: string) =>
    (await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`))[0]?.id ?? null;
  const coachId = await idOf('coach@statline.test');
  for (const project of e2eProjects) {
    const email = golferEmail(project);
    await db
      .insert(users)
      .values({ email, name: `Golfer ${project}`, role: 'player', passwordHash })
      .onConflictDoNothing();
    const golferId = await idOf(email);
    if (!golferId) throw new Error(`${email} was not created`);
    for (const [i, r] of demoRounds().entries())
      await playDemoRound(db, golferId, coachId, { ...r, key: `${project}-${r.key}` }, i);
  }
  await runGolfAnalytics(db);
  console.log(`e2e golfers: ${e2eProjects.map(golferEmail).join(', ')}`);
} finally {
  await database.close();
  await closeCache();
}
