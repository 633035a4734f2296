// Every write leaves an audit row: who, what, which target, request id, ip, when.
import { desc, lt } from 'drizzle-orm';
import { type AuditEntry, auditLog } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

/** Who does a write, as its audit row records them. */
export interface AuditActor {
  userId: string;
  requestId?: string;
  ip?: string | null;
}

export interface AuditInput {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  requestId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Db, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    requestId: entry.requestId,
    ip: entry.ip ?? null,
    details: entry.details,
  });
}

/** Newest first, keyset-paginated by id. */
export async function listAudit(db: Db, opts: { beforeId?: number; limit: number }): Promise<AuditEntry[]> {
  return db
    .select()
    .from(auditLog)
    .where(opts.beforeId ? lt(auditLog.id, opts.beforeId) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(opts.limit);
}
