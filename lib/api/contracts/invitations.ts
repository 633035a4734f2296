// Invitations: a one-time link (7 days) that gives whoever accepts it a scoped role. The scope is
// named as the grants name it: `role` decides the kind (league_admin → league; coach, scorekeeper →
// team; player, parent → player record) and `scope_id` the row.
import { z } from 'zod';
import { grantRoles } from '@/drizzle/schema';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';

const tag = 'Invitations';
const scopeKind = z.enum(['league', 'team', 'player']);

export const invitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(grantRoles),
  scope_kind: scopeKind,
  scope_id: z.number().int(),
  scope_name: z.string().describe('What the role is held in, in words (a player link names the team, never the player)'),
  invited_by: z.uuid().nullable(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  expires_at: z.iso.datetime(),
  accepted_at: z.iso.datetime().nullable(),
  accepted_by: z.uuid().nullable(),
  revoked_at: z.iso.datetime().nullable(),
  created_at: z.iso.datetime(),
});

export const createInvitationContract = defineContract({
  method: 'POST',
  path: '/api/v1/invitations',
  summary: 'Invite someone to a scoped role',
  description:
    'Site admins invite to anything; a league admin to any role in their league, its teams and their players; a coach a scorekeeper of their team, or a player or parent of a player on its roster. When the site sends mail the link goes to `email` and is not in the answer; otherwise the answer carries it in `url`, to hand over. The link works once, for 7 days.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'invitations:manage',
  body: z.object({
    email: z.string().trim().max(320).pipe(z.email('must be an email address')),
    role: z.enum(grantRoles),
    scope_id: z
      .number()
      .int()
      .positive()
      .describe('The league (league_admin), team (coach, scorekeeper) or player (player, parent)'),
  }),
  response: invitationView.extend({ url: z.url().optional().describe('The link, when the site sends no mail') }),
  status: 201,
  audit: { action: 'invitation.create', target: { type: 'invitation', id: (_p, data) => data.id } },
});

export const listInvitationsContract = defineContract({
  method: 'GET',
  path: '/api/v1/invitations',
  summary: 'Invitations',
  description:
    "Without a scope, the ones the caller sent (site admins: all). With `scope_kind` and `scope_id`, every one in a scope the caller may invite to: a team's include its players' links, a league's its teams'. Newest first.",
  tag,
  auth: 'user',
  scope: 'read',
  permission: 'invitations:manage',
  query: z
    .strictObject({ scope_kind: scopeKind.optional(), scope_id: z.coerce.number().int().positive().optional() })
    .refine((q) => (q.scope_kind === undefined) === (q.scope_id === undefined), {
      message: 'scope_kind and scope_id go together',
      path: ['scope_id'],
    }),
  response: z.array(invitationView),
});

export const revokeInvitationContract = defineContract({
  method: 'DELETE',
  path: '/api/v1/invitations/{id}',
  summary: 'Revoke an invitation',
  description:
    'Its sender, or anyone who may invite to its scope. The link stops working at once. An accepted or already revoked invitation is a 409.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'invitations:manage',
  params: z.object({ id: uuidInput('must be an invitation id') }),
  response: invitationView,
  audit: { action: 'invitation.revoke', target: { type: 'invitation', id: (params) => params.id } },
});

export const acceptInvitationContract = defineContract({
  method: 'POST',
  path: '/api/v1/invitations/accept',
  summary: 'Accept an invitation',
  description:
    "The signed-in caller spends the link's token and takes the role, active at once (the invitation is the coach's confirmation). A token that names no invitation is a 404; an accepted, revoked or expired invitation is a 409 with `details.status`.",
  tag,
  auth: 'user',
  scope: 'write',
  body: z.object({ token: z.string().min(16).max(200) }),
  response: invitationView,
  audit: { action: 'invitation.accept', target: { type: 'invitation', id: (_p, data) => data.id } },
});

export const invitationContracts = [
  createInvitationContract,
  listInvitationsContract,
  revokeInvitationContract,
  acceptInvitationContract,
];
