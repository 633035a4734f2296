// Demo accounts, one per role (demo data only). Password: STATLINE_DEMO_PASSWORD or "statline-demo".
import { eq, sql } from 'drizzle-orm';
import { bbTeams, teamStaff, users } from '@/drizzle/schema';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import type { Seed } from './types';

export const demoAccounts: { email: string; name: string; role: Role }[] = [
  { email: 'admin@statline.test', name: 'Ada Admin', role: 'admin' },
  { email: 'coach@statline.test', name: 'Cory Coach', role: 'coach' },
  { email: 'player@statline.test', name: 'Pat Player', role: 'player' },
  { email: 'fan@statline.test', name: 'Frankie Fan', role: 'fan' },
];
/** The demo coach manages this team (by stats.nba.com id: Milwaukee Bucks). */
export const demoCoachTeamSourceId = '1610612749';

export const demoAccountsSeed: Seed = {
  name: 'demo-accounts',
  async run({ db }) {
    const passwordHash = await hashPassword(env().STATLINE_DEMO_PASSWORD);
    for (const account of demoAccounts) {
      await db
        .insert(users)
        .values({ ...account, passwordHash })
        .onConflictDoNothing();
    }
    const [team] = await db.select({ id: bbTeams.id }).from(bbTeams).where(eq(bbTeams.sourceId, demoCoachTeamSourceId));
    const [coach] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = 'coach@statline.test'`);
    if (team && coach) await db.insert(teamStaff).values({ userId: coach.id, teamId: team.id }).onConflictDoNothing();
    return demoAccounts.length;
  },
};
