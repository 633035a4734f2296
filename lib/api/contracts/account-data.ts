// Your data is yours: download everything Statline holds about an account, or delete the account.
import { z } from 'zod';
import { defineContract } from '../contract';
import { digestView, followView, notificationView } from './notify';

const tag = 'Accounts';
const rows = z.array(z.record(z.string(), z.unknown()));

export const accountExport = z.object({
  exported_at: z.iso.datetime(),
  account: z.object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
    findable_by_email: z.boolean(),
    golf_public: z.boolean(),
    disabled_at: z.string().nullable(),
    created_at: z.string().nullable(),
    has_password: z.boolean(),
  }),
  api_keys: rows.describe('Metadata of every key, live or revoked; never a key or its hash.'),
  password_resets: rows,
  coached_team_ids: z.array(z.number().int()),
  following: z.object({
    follows: z.array(followView).describe('What the account follows.'),
    notifications: z
      .array(notificationView.extend({ digested_at: z.string().nullable() }))
      .describe('Every notification it was sent, read or not, and when a digest mailed it.'),
    email_digest: digestView,
  }),
  audit: rows.describe('Audit rows the account made or that are about it.'),
  golf: z.object({ rounds: rows, posted_scores: rows, achievements: rows }),
  basketball: z.object({ teams_created: rows, games_created: rows, games_scored: rows }),
});

const accountParams = z.object({ id: z.uuid('must be an account id') });

export const exportMeContract = defineContract({
  method: 'GET',
  path: '/api/v1/me/export',
  summary: 'Download your data',
  description:
    'Everything Statline holds about the caller as JSON: the account, golf rounds and handicap postings, basketball games created or scored, follows, notifications and the email digest setting, API keys (metadata only) and audit rows about them. Each download is audited.',
  tag,
  auth: 'user',
  scope: 'read',
  permission: 'account:manage',
  response: accountExport,
});

export const deleteMeContract = defineContract({
  method: 'DELETE',
  path: '/api/v1/me',
  summary: 'Delete your account',
  description:
    'Needs the current password and a signed-in session (an API key cannot delete its owner). Erases the email, name, password, sessions, API keys and golf profile; plays and rounds recorded stay, their actor shown as "Former member". The email can be used for a new account at once.',
  tag,
  auth: 'user',
  scope: 'write',
  sessionOnly: true,
  permission: 'account:manage',
  body: z.object({ password: z.string().min(1, 'is required').max(1000) }),
  status: 204,
  // The caller is the account: lib/auth/account-erase.ts writes the row naming it.
  audit: { action: 'account.delete' },
});

export const exportAccountContract = defineContract({
  method: 'GET',
  path: '/api/v1/accounts/{id}/export',
  summary: "Download an account's data",
  description: 'Admins only: the same download the account holder gets from /api/v1/me/export. Audited.',
  tag,
  auth: 'user',
  scope: 'read',
  sessionOnly: true,
  permission: 'accounts:manage',
  params: accountParams,
  response: accountExport,
});

export const deleteAccountContract = defineContract({
  method: 'DELETE',
  path: '/api/v1/accounts/{id}',
  summary: 'Delete an account',
  description:
    'Admins only: erases the account as DELETE /api/v1/me does, without its password. An admin deletes their own account through /api/v1/me.',
  tag,
  auth: 'user',
  scope: 'write',
  sessionOnly: true,
  permission: 'accounts:manage',
  params: accountParams,
  status: 204,
  audit: { action: 'account.delete', target: { type: 'user', id: (params) => params.id } },
});

export const accountDataContracts = [exportMeContract, deleteMeContract, exportAccountContract, deleteAccountContract];
