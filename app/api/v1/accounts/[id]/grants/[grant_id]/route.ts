import { revokeAccountGrantContract } from '@/lib/api/contracts/role-grants';
import { apiRoute } from '@/lib/api/route';
import { findGrant, grantTarget } from '@/lib/auth/grant-list';
import { revokeGrant } from '@/lib/auth/grants-write';
import { DomainError } from '@/lib/errors';

export const DELETE = apiRoute(revokeAccountGrantContract, async ({ db, user, params, requestId, ip, authorize }) => {
  const grant = await findGrant(db, params.grant_id);
  if (grant.userId !== params.id) throw new DomainError('not_found', `No grant ${params.grant_id} on this account.`);
  // Whoever may give the role may take it.
  await authorize(await grantTarget(db, grant.role, grant.scopeId));
  await revokeGrant(db, { userId: user.id, requestId, ip }, params.id, grant.id);
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
