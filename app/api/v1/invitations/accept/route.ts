import { acceptInvitationContract } from '@/lib/api/contracts/invitations';
import { apiRoute } from '@/lib/api/route';
import { invitationView } from '@/lib/auth/invitation-view';
import { acceptInvitation } from '@/lib/auth/invitations';

export const POST = apiRoute(acceptInvitationContract, async ({ db, user, body, requestId, ip }) => {
  const accepted = await acceptInvitation(db, { userId: user.id, requestId, ip }, body.token);
  return { data: await invitationView(db, accepted) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
