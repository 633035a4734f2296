import { z } from 'zod';
import { defineContract } from '../contract';

const tag = 'Accounts';

export const requestPasswordResetContract = defineContract({
  method: 'POST',
  path: '/api/v1/password-resets',
  summary: 'Ask for a password-reset link by mail',
  description:
    'Mails a one-time link, valid for an hour, to the address if it has an account. The answer is the same whether or not it has one. Counted per address and per IP. When the site sends no mail (no SMTP_URL) the answer is 422: an admin issues links instead.',
  tag,
  auth: 'public',
  scope: 'write',
  rateLimit: 'signin',
  body: z.object({ email: z.string().trim().max(320).pipe(z.email('must be an email address')) }),
  response: z.object({ message: z.string() }),
  status: 202,
  // The ask is recorded without the account it may name, so the log cannot tell who has one; a
  // link sent to a real account is its own row (account.password-reset-request, after the answer).
  audit: { action: 'account.password-reset-ask' },
});

export const redeemPasswordResetContract = defineContract({
  method: 'POST',
  path: '/api/v1/password-resets/redeem',
  summary: 'Set a new password with a reset token',
  description:
    'Spends the token from a reset link (once; it expires an hour after it was issued) and sets the new password. Every session of the account ends.',
  tag,
  auth: 'public',
  scope: 'write',
  rateLimit: 'signin',
  // The password rule is applied after the token's shape, so a bad password is a per-field 400 too.
  body: z.object({ token: z.string().min(16).max(200), new_password: z.string().min(1).max(1000) }),
  status: 204,
  // The account is known only once the token is spent: lib/auth/password-reset.ts writes the row.
  audit: { action: 'account.password-reset' },
});

export const issuePasswordResetContract = defineContract({
  method: 'POST',
  path: '/api/v1/accounts/{id}/password-reset',
  summary: 'Issue a password-reset link for an account',
  description:
    'Admins only. A one-time link, valid for an hour, for the admin to hand to the account holder (the way in when the site sends no mail).',
  tag,
  auth: 'user',
  scope: 'write',
  sessionOnly: true,
  permission: 'accounts:manage',
  params: z.object({ id: z.uuid('must be an account id') }),
  response: z.object({ url: z.url(), expires_at: z.iso.datetime() }),
  status: 201,
  audit: { action: 'account.password-reset-issue', target: { type: 'user', id: (params) => params.id } },
});

export const passwordResetContracts = [requestPasswordResetContract, redeemPasswordResetContract, issuePasswordResetContract];
