// Start-up hook: the first site admin from ADMIN_EMAIL/ADMIN_PASSWORD (see operator-accounts.ts).
import { onDatabaseOpen } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { bootstrapAdmin } from './operator-accounts';

async function bootstrapFirstAdmin(database: Database): Promise<void> {
  const e = env();
  const created = await bootstrapAdmin(database.db, { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD });
  if (created) logger().child({ component: 'auth' }).info({ email: created.email }, 'first site admin created from ADMIN_EMAIL');
}

export function registerAdminBootstrap(): void {
  onDatabaseOpen(bootstrapFirstAdmin);
}
