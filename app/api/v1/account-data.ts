// An account's data across the platform and the sports, for GET …/export and DELETE of /me and
// /accounts/{id}. Composed here, above the domains, because no one domain may know the others.

import type { AuditActor } from '@/lib/audit';
import { eraseAccount, FORMER_MEMBER } from '@/lib/auth/account-erase';
import { auditExport, exportAccountRecords } from '@/lib/auth/account-export';
import { exportScorerData } from '@/lib/basketball/scorer-data';
import type { Db } from '@/lib/db/client';
import { eraseGolfer, exportGolferData, forgetGolferViews } from '@/lib/golf/golfer-data';

export async function exportAccount(db: Db, actor: AuditActor, userId: string) {
  const records = await exportAccountRecords(db, userId);
  const data = {
    exported_at: new Date().toISOString(),
    ...records,
    golf: await exportGolferData(db, userId),
    basketball: await exportScorerData(db, userId),
  };
  await auditExport(db, actor, userId);
  return {
    data,
    headers: {
      'cache-control': 'no-store',
      'content-disposition': `attachment; filename="statline-account-${userId}.json"`,
    },
  };
}

export async function deleteAccount(db: Db, actor: AuditActor, userId: string, password?: string): Promise<void> {
  let golfViews: string[] = [];
  await eraseAccount(db, actor, userId, {
    password,
    also: async (tx) => {
      golfViews = await eraseGolfer(tx, userId, FORMER_MEMBER);
    },
  });
  await forgetGolferViews(golfViews);
}
