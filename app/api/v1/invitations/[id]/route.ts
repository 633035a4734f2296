import { revokeInvitationContract } from '@/lib/api/contracts/invitations';
import { apiRoute } from '@/lib/api/route';
import { invitationView } from '@/lib/auth/invitation-view';
import { grantTarget, invitationById, revokeInvitation } from '@/lib/auth/invitations';
import { DomainError } from '@/lib/errors';

export const DELETE = apiRoute(revokeInvitationContract, async ({ db, user, params, requestId, ip, authorize }) => {
  const row = await invitationById(db, params.id);
  if (!row) throw new DomainError('not_found', `No invitation ${params.id}.`);
  // Its sender may take it back; so may anyone who could have sent it.
  if (row.invitedBy !== user.id) await authorize(await grantTarget(db, row.role, row.scopeId));
  const revoked = await revokeInvitation(db, { userId: user.id, requestId, ip }, row.id);
  return { data: await invitationView(db, revoked) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
