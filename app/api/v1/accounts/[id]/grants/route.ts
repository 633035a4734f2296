import { createAccountGrantContract, listAccountGrantsContract } from '@/lib/api/contracts/role-grants';
import { apiRoute } from '@/lib/api/route';
import { grantJson, grantRow, grantsOf, grantTarget } from '@/lib/auth/grant-list';
import { grantRole } from '@/lib/auth/grants-write';
import { authorize } from '@/lib/auth/permissions';
import { findUserById } from '@/lib/auth/users';
import { DomainError } from '@/lib/errors';

export const GET = apiRoute(listAccountGrantsContract, async ({ db, user, params }) => {
  // The account itself, or a site admin (accounts:manage reaches every account).
  if (params.id !== user.id && !(await authorize(db, user, 'accounts:manage'))) {
    throw new DomainError('forbidden', "Only site admins see another account's roles.");
  }
  return { data: (await grantsOf(db, params.id)).map(grantJson), headers: { 'cache-control': 'no-store' } };
});

export const POST = apiRoute(createAccountGrantContract, async ({ db, user, params, body, requestId, ip, authorize }) => {
  const account = await findUserById(db, params.id);
  if (!account || account.deletedAt) throw new DomainError('not_found', `No account ${params.id}.`);
  await authorize(await grantTarget(db, body.role, body.scope_id));
  const grant = await grantRole(
    db,
    { userId: user.id, requestId, ip },
    { userId: account.id, role: body.role, scopeId: body.scope_id },
  );
  return { data: grantJson(await grantRow(db, grant.id)) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
