// Scoped roles (role_grants): who holds which role in which league, team or player, given, taken
// and confirmed through the one permission table (`role-grants:manage`, checked against the scope).
import { z } from 'zod';
import { grantRoles } from '@/drizzle/schema';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';
import { pageQuery } from '../pagination';

export const roleGrantView = z.object({
  id: z.uuid(),
  account: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  role: z.enum(grantRoles),
  scope: z
    .object({ kind: z.enum(['league', 'team', 'player']), id: z.number().int(), name: z.string().nullable() })
    .describe('Where the role is held: a league (league_admin), a team (coach, scorekeeper) or a player (player, parent)'),
  status: z.enum(['active', 'pending']).describe('A player or parent link stays pending until the team’s coach confirms it'),
  created_at: z.iso.datetime(),
});

const tag = 'People and roles';
const accountParams = z.object({ id: uuidInput('must be an account id') });
const grantParams = accountParams.extend({ grant_id: uuidInput('must be a grant id') });

export const listAccountGrantsContract = defineContract({
  method: 'GET',
  path: '/api/v1/accounts/{id}/grants',
  summary: "An account's roles",
  description: 'Site admins, and the account itself. Every role the account holds, active and pending.',
  tag,
  auth: 'user',
  scope: 'read',
  permission: 'account:read',
  params: accountParams,
  response: z.array(roleGrantView),
});

export const createAccountGrantContract = defineContract({
  method: 'POST',
  path: '/api/v1/accounts/{id}/grants',
  summary: 'Give an account a role',
  description:
    'Site admins anything; a league admin league admins and coaches of their league and everything on its teams; a coach scorekeepers, players and parents of their team. Giving a role the account holds already answers that grant (a pending link becomes active).',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'role-grants:manage',
  params: accountParams,
  body: z.strictObject({
    role: z.enum(grantRoles),
    scope_id: z
      .number()
      .int()
      .positive()
      .describe('The league (league_admin), team (coach, scorekeeper) or player (player, parent)'),
  }),
  response: roleGrantView,
  status: 201,
  audit: { action: 'role-grant.create', target: { type: 'role_grant', id: (_p, data) => data.id } },
});

export const revokeAccountGrantContract = defineContract({
  method: 'DELETE',
  path: '/api/v1/accounts/{id}/grants/{grant_id}',
  summary: 'Take a role away',
  description: 'Whoever may give the role may take it (a coach declines a pending link this way). The account loses it at once.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'role-grants:manage',
  params: grantParams,
  status: 204,
  audit: { action: 'role-grant.revoke', target: { type: 'role_grant', id: (params) => params.grant_id } },
});

export const confirmGrantContract = defineContract({
  method: 'POST',
  path: '/api/v1/role-grants/{id}/confirm',
  summary: 'Confirm a player or parent link',
  description: "The coach of a team the player is on, the league's admins and site admins. A grant not pending is a 404.",
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'role-grants:manage',
  params: z.object({ id: uuidInput('must be a grant id') }),
  response: roleGrantView,
  audit: { action: 'role-grant.confirm', target: { type: 'role_grant', id: (params) => params.id } },
});

export const requestLinkContract = defineContract({
  method: 'POST',
  path: '/api/v1/me/links',
  summary: 'Ask to be linked to a player',
  description:
    "As the player themself or as a parent. The link is pending (it gives nothing) until the coach of the player's team confirms it; asking again changes nothing.",
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'account:manage',
  body: z.strictObject({
    player_id: z.number().int().positive(),
    role: z.enum(['player', 'parent']),
  }),
  response: roleGrantView,
  status: 201,
  audit: { action: 'role-grant.create', target: { type: 'role_grant', id: (_p, data) => data.id } },
});

export const listLeagueMembersContract = defineContract({
  method: 'GET',
  path: '/api/v1/leagues/{id}/members',
  summary: "A league's people",
  description:
    'Its league admins and site admins. Everyone holding a role in the league, its teams or their players (pending links too), by email; page with `meta.next_cursor`.',
  tag,
  auth: 'user',
  scope: 'read',
  permission: 'league:manage',
  params: z.object({ id: z.string().trim().min(1).max(60).describe('League id or slug') }),
  query: z.strictObject({ ...pageQuery }),
  response: z.array(roleGrantView),
});

export const roleGrantContracts = [
  listAccountGrantsContract,
  createAccountGrantContract,
  revokeAccountGrantContract,
  confirmGrantContract,
  requestLinkContract,
  listLeagueMembersContract,
];
