import { z } from 'zod';
import { newPassword } from '@/lib/auth/password';
import { defineContract } from '../contract';
import { userView } from './shared';

export const signUpBody = z.object({
  email: z.email('must be an email address').max(320),
  name: z.string().trim().min(1, 'is required').max(100),
  password: newPassword,
});

export const createAccount = defineContract({
  method: 'POST',
  path: '/api/v1/accounts',
  summary: 'Create an account',
  description:
    'Sign up with email and password. New accounts are players: they may record their own golf rounds at once. An admin grants other roles.',
  tag: 'Accounts',
  auth: 'public',
  scope: 'write',
  rateLimit: 'signin',
  body: signUpBody,
  response: userView,
  status: 201,
  audit: { action: 'account.create', target: { type: 'user', id: (_p, data) => data.id } },
});

export const getMe = defineContract({
  method: 'GET',
  path: '/api/v1/me',
  summary: 'Who am I',
  description: 'The caller behind the session cookie or API key.',
  tag: 'Accounts',
  auth: 'user',
  scope: 'read',
  permission: 'account:read',
  response: userView,
});

const accountParams = z.object({ id: z.uuid('must be an account id') });
const accountState = userView.extend({ disabled: z.boolean() });

const accountSwitch = (verb: 'disable' | 'enable', description: string) =>
  defineContract({
    method: 'POST',
    path: `/api/v1/accounts/{id}/${verb}`,
    summary: `${verb === 'disable' ? 'Disable' : 'Enable'} an account`,
    description,
    tag: 'Accounts',
    auth: 'user',
    scope: 'write',
    sessionOnly: true,
    permission: 'accounts:manage',
    params: accountParams,
    response: accountState,
    audit: { action: `account.${verb}`, target: { type: 'user', id: (params) => params.id } },
  });

export const disableAccount = accountSwitch(
  'disable',
  'Admins only. The account can no longer sign in, its sessions end at once and its API keys are refused; nothing it made is deleted. An admin cannot disable their own account.',
);
export const enableAccount = accountSwitch(
  'enable',
  'Admins only. The account can sign in again; sessions ended when it was disabled stay ended.',
);
