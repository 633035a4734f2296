// Every write leaves an audit row: who (user, and the API key they used), what, which target,
// request id, ip, when. Inside a write request the missing fields come from its audit scope.
import { auditLog } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { currentAuditScope } from './audit-scope';

/** Who does a write, as its audit row records them. */
export interface AuditActor {
  userId: string;
  requestId?: string;
  ip?: string | null;
}

export interface AuditInput {
  actorId: string | null;
  actorApiKeyId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  requestId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Db, entry: AuditInput): Promise<void> {
  const scope = currentAuditScope();
  // The key belongs to the caller: a row about someone else (a sign-up's new account) is not theirs.
  const sameActor = scope !== undefined && scope.actorId === entry.actorId;
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    actorApiKeyId: entry.actorApiKeyId ?? (sameActor ? scope.apiKeyId : null),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    requestId: entry.requestId ?? scope?.requestId,
    ip: entry.ip ?? scope?.ip ?? null,
    details: entry.details,
  });
  if (scope) scope.recorded = true;
}

/**
 * The request's row, written by an event append in its transaction (the stream names the target),
 * unless the request has one already.
 */
export async function recordScopedAudit(tx: Db, targetId: string): Promise<void> {
  const scope = currentAuditScope();
  if (!scope || scope.recorded) return;
  // Claimed before the insert: two appends of one request running at once must not both write.
  scope.recorded = true;
  await recordAudit(tx, { actorId: scope.actorId, action: scope.action, targetType: scope.targetType, targetId });
}
