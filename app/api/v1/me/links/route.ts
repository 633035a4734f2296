import { requestLinkContract } from '@/lib/api/contracts/role-grants';
import { apiRoute } from '@/lib/api/route';
import { grantJson, grantRow } from '@/lib/auth/grant-list';
import { grantRole } from '@/lib/auth/grants-write';

export const POST = apiRoute(requestLinkContract, async ({ db, user, body, requestId, ip }) => {
  // Pending: it gives nothing until the player's coach confirms it (an active link stays active).
  const grant = await grantRole(
    db,
    { userId: user.id, requestId, ip },
    { userId: user.id, role: body.role, scopeId: body.player_id, status: 'pending' },
  );
  return { data: grantJson(await grantRow(db, grant.id)) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
