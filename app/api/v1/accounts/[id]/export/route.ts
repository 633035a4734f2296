import { exportAccountContract } from '@/lib/api/contracts/account-data';
import { apiRoute } from '@/lib/api/route';
import { exportAccount } from '../../../account-data';

export const GET = apiRoute(exportAccountContract, async ({ db, user, params, requestId, ip }) =>
  exportAccount(db, { userId: user.id, requestId, ip }, params.id),
);

export { preflight as OPTIONS } from '@/lib/api/preflight';
