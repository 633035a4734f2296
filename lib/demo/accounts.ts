// Demo accounts, one per role (demo data only). Password: STATLINE_DEMO_PASSWORD or "statline-demo".
import { users } from '@/drizzle/schema';
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
export const demoAccountsSeed: Seed = {
  name: 'demo-accounts',
  async run({ db }) {
    // One hash per account: each gets its own salt, so equal passwords do not look equal.
    // The demo coach coaches the demo club teams (live.ts); imported NBA teams are admins' alone.
    for (const account of demoAccounts) {
      const passwordHash = await hashPassword(env().STATLINE_DEMO_PASSWORD);
      await db
        .insert(users)
        .values({ ...account, passwordHash })
        .onConflictDoNothing();
    }
    return demoAccounts.length;
  },
};
