import { z } from 'zod';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';

const scope = z.enum(['read', 'write']);
export const apiKeyView = z.object({
  id: z.uuid(),
  name: z.string(),
  scope,
  prefix: z.string().describe('The start of the key, to recognise it; the key itself is never shown again'),
  created_at: z.iso.datetime(),
  last_used_at: z.iso.datetime().nullable(),
});

export const createApiKeyContract = defineContract({
  method: 'POST',
  path: '/api/v1/api-keys',
  summary: 'Create an API key',
  description: 'Answers the key once, in `key`. Store it: only a hash is kept. `write` implies read.',
  tag: 'API keys',
  auth: 'user',
  sessionOnly: true,
  permission: 'api-keys:manage',
  scope: 'write',
  body: z.object({ name: z.string().trim().min(1, 'is required').max(100), scope }),
  response: apiKeyView.extend({ key: z.string() }),
  status: 201,
  audit: { action: 'api-key.create', target: { type: 'api_key', id: (_p, data) => data.id } },
});

export const listApiKeysContract = defineContract({
  method: 'GET',
  path: '/api/v1/api-keys',
  summary: "List the caller's live API keys",
  tag: 'API keys',
  auth: 'user',
  sessionOnly: true,
  permission: 'api-keys:manage',
  scope: 'read',
  response: z.array(apiKeyView),
});

export const revokeApiKeyContract = defineContract({
  method: 'DELETE',
  path: '/api/v1/api-keys/{id}',
  summary: 'Revoke an API key',
  description: 'The key stops working at once. Revoking a key that is not yours, or is already revoked, is a 404.',
  tag: 'API keys',
  auth: 'user',
  sessionOnly: true,
  permission: 'api-keys:manage',
  scope: 'write',
  params: z.object({ id: uuidInput('must be a key id') }),
  status: 204,
  audit: { action: 'api-key.revoke', target: { type: 'api_key', id: (params) => params.id } },
});
