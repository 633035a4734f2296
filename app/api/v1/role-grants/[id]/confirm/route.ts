import { confirmGrantContract } from '@/lib/api/contracts/role-grants';
import { apiRoute } from '@/lib/api/route';
import { findGrant, grantJson, grantRow, grantTarget } from '@/lib/auth/grant-list';
import { confirmGrant } from '@/lib/auth/grants-write';
import { DomainError } from '@/lib/errors';

export const POST = apiRoute(confirmGrantContract, async ({ db, user, params, requestId, ip, authorize }) => {
  const grant = await findGrant(db, params.id);
  if (grant.status !== 'pending') throw new DomainError('not_found', `No pending grant ${params.id}.`);
  await authorize(await grantTarget(db, grant.role, grant.scopeId));
  await confirmGrant(db, { userId: user.id, requestId, ip }, grant.id);
  return { data: grantJson(await grantRow(db, grant.id)) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
