import { exportMeContract } from '@/lib/api/contracts/account-data';
import { apiRoute } from '@/lib/api/route';
import { exportAccount } from '../../account-data';

export const GET = apiRoute(exportMeContract, async ({ db, user, requestId, ip }) =>
  exportAccount(db, { userId: user.id, requestId, ip }, user.id),
);

export { preflight as OPTIONS } from '@/lib/api/preflight';
