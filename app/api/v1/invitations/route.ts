import { createInvitationContract, listInvitationsContract } from '@/lib/api/contracts/invitations';
import { apiRoute } from '@/lib/api/route';
import { invitationView } from '@/lib/auth/invitation-view';
import { createInvitation, grantTarget, listInvitations } from '@/lib/auth/invitations';
import { env } from '@/lib/env';

const leastRoleIn = { league: 'league_admin', team: 'scorekeeper', player: 'parent' } as const;

export const GET = apiRoute(listInvitationsContract, async ({ db, user, query, authorize }) => {
  const scope = query.scope_kind && query.scope_id ? { kind: query.scope_kind, id: query.scope_id } : undefined;
  // Whoever may invite to the scope (the least role there: a coach's scorekeeper or parent) sees its invitations.
  if (scope) await authorize(await grantTarget(db, leastRoleIn[scope.kind], scope.id));
  const rows = await listInvitations(db, { scope, sentBy: scope || user.role === 'admin' ? undefined : user.id });
  return { data: await Promise.all(rows.map((r) => invitationView(db, r))) };
});

export const POST = apiRoute(createInvitationContract, async ({ req, db, user, body, requestId, ip, authorize }) => {
  await authorize(await grantTarget(db, body.role, body.scope_id));
  const origin = env().NEXTAUTH_URL ?? new URL(req.url).origin;
  const { invitation, url } = await createInvitation(
    db,
    { userId: user.id, requestId, ip },
    { email: body.email, role: body.role, scopeId: body.scope_id },
    origin,
  );
  return { data: { ...(await invitationView(db, invitation)), ...(url ? { url } : {}) } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
