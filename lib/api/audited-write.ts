// The audit half of the /api/v1 wrapper: a successful write leaves exactly one audit row. Lib code
// that writes in a transaction pays it there (recordAudit, or an event append, in the request's
// audit scope); when nothing inside did, the row is written here, after the handler's commit.
import type { Logger } from 'pino';
import { recordAudit } from '@/lib/audit';
import { type AuditScope, runInAuditScope } from '@/lib/audit-scope';
import type { Principal } from '@/lib/auth/principal';
import type { Db } from '@/lib/db/client';
import type { AuditSpec, Contract } from './contract';

export const isWrite = (c: Contract) => c.method !== 'GET' && !c.question;

/** Read once per route at start-up: a write route without an audit spec never serves a request. */
export function auditSpecOf(c: Contract): AuditSpec | undefined {
  if (!isWrite(c)) return undefined;
  if (!c.audit) throw new Error(`${c.method} ${c.path} is a write without an \`audit\` spec in its contract`);
  return c.audit;
}

export async function auditedWrite<T extends { data?: unknown; meta?: Record<string, unknown> } | null>(
  spec: AuditSpec,
  request: { db: Db; principal: Principal; requestId: string; ip: string | null; log: Logger; params: unknown },
  run: () => Promise<T>,
): Promise<T> {
  const { principal } = request;
  const scope: AuditScope = {
    actorId: principal.kind === 'anonymous' ? null : principal.user.id,
    apiKeyId: principal.kind === 'api-key' ? principal.keyId : null,
    requestId: request.requestId,
    ip: request.ip,
    action: spec.action,
    targetType: spec.target?.type,
    recorded: false,
  };
  const result = await runInAuditScope(scope, run);
  if (scope.recorded) return result;
  const id = spec.target?.id(request.params, result?.data);
  const entry = {
    actorId: scope.actorId,
    actorApiKeyId: scope.apiKeyId,
    action: spec.action,
    targetType: spec.target?.type,
    targetId: id == null ? undefined : String(id),
    requestId: scope.requestId,
    ip: scope.ip,
    // A retried write that changed nothing still leaves its row, marked as the replay it was.
    details: result?.meta?.duplicate === true ? { duplicate: true } : undefined,
  };
  try {
    await recordAudit(request.db, entry);
  } catch (err) {
    // The write has committed: answering 500 would invite a retry of something done. The log line
    // carries the row instead.
    request.log.error({ err, audit: entry }, 'audit row not written');
  }
  return result;
}
