// API keys: `sl_<prefix>_<secret>`. The prefix finds the row; the stored hash is SHA-256 of the whole
// key (keys are 256-bit random, so a slow hash adds nothing). Shown once, revocable, scoped.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type ApiKey, apiKeys, type User, users } from '@/drizzle/schema';
import { ApiError } from '@/lib/api/errors';
import { type AuditActor, recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';

export type Scope = 'read' | 'write';
// Each key has its own rate budget, so the number of live keys per person is capped.
export const MAX_LIVE_KEYS = 25;
const KEY_PATTERN = /^sl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function generateApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(6).toString('hex');
  return { key: `sl_${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

export interface ApiKeyView {
  id: string;
  name: string;
  scope: Scope;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const view = (k: ApiKey): ApiKeyView => ({
  id: k.id,
  name: k.name,
  scope: k.scope,
  prefix: `sl_${k.prefix}`,
  createdAt: k.createdAt,
  lastUsedAt: k.lastUsedAt,
});

/** The API's JSON shape of a key (never the key itself). */
export const toApiKeyJson = (k: ApiKeyView) => ({
  id: k.id,
  name: k.name,
  scope: k.scope,
  prefix: k.prefix,
  created_at: k.createdAt.toISOString(),
  last_used_at: k.lastUsedAt?.toISOString() ?? null,
});

export async function createApiKey(db: Db, userId: string, name: string, scope: Scope): Promise<ApiKeyView & { key: string }> {
  const { key, prefix } = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({ userId, name, scope, prefix, hash: sha256(key) })
    .returning();
  if (!row) throw new Error('api key insert returned nothing');
  return { ...view(row), key };
}

/**
 * A new key for the actor, with its audit row; 409 at the cap. The count is taken with the user's
 * row locked, so concurrent creates queue behind each other instead of all passing the same count.
 */
export async function issueApiKey(
  db: Db,
  actor: AuditActor,
  input: { name: string; scope: Scope },
): Promise<ApiKeyView & { key: string }> {
  return db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.userId)).for('update');
    const [live] = await tx
      .select({ n: count() })
      .from(apiKeys)
      .where(and(eq(apiKeys.userId, actor.userId), isNull(apiKeys.revokedAt)));
    if ((live?.n ?? 0) >= MAX_LIVE_KEYS) {
      throw new ApiError('conflict', `You already have ${MAX_LIVE_KEYS} live API keys; revoke one first.`);
    }
    const key = await createApiKey(tx, actor.userId, input.name, input.scope);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'api-key.create',
      targetType: 'api_key',
      targetId: key.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: { name: key.name, scope: key.scope },
    });
    return key;
  });
}

export async function listApiKeys(db: Db, userId: string): Promise<ApiKeyView[]> {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(view);
}

/**
 * Revokes one of the actor's own live keys, with its audit row. Someone else's key id is
 * indistinguishable from a missing one: both are a 404.
 */
export async function revokeApiKey(db: Db, actor: AuditActor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, actor.userId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (rows.length === 0) throw new ApiError('not_found', 'No such API key.');
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'api-key.revoke',
      targetType: 'api_key',
      targetId: id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
    });
  });
}

/** The live key and its owner for a presented key, or null. Records last use at most once a minute. */
export async function authenticateApiKey(db: Db, presented: string): Promise<{ key: ApiKey; user: User } | null> {
  const match = KEY_PATTERN.exec(presented);
  if (!match?.[1]) return null;
  const [row] = await db
    .select({ key: apiKeys, user: users })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.prefix, match[1]), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  const expected = Buffer.from(row.key.hash, 'hex');
  const actual = Buffer.from(sha256(presented), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(eq(apiKeys.id, row.key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))),
    );
  return row;
}
