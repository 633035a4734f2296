// The audit row a write request owes, carried through the request's async work so lib code that
// writes one inside its own transaction (recordAudit, event appends) pays it there, and the /api/v1
// wrapper writes it after the handler only when nothing inside did.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface AuditScope {
  actorId: string | null;
  apiKeyId: string | null;
  requestId: string;
  ip: string | null;
  /** The write's action and target type as its contract declares them. */
  action: string;
  targetType?: string;
  /** Set once a row for this request is written (in a transaction that may still roll back: the handler then throws). */
  recorded: boolean;
}

// One store per process, even when a bundler loads this module more than once.
const KEY = Symbol.for('statline.auditScope');
const g = globalThis as Record<symbol, AsyncLocalStorage<AuditScope> | undefined>;
g[KEY] ??= new AsyncLocalStorage<AuditScope>();
const storage = g[KEY];

export function runInAuditScope<T>(scope: AuditScope, fn: () => Promise<T>): Promise<T> {
  return storage.run(scope, fn);
}

export function currentAuditScope(): AuditScope | undefined {
  return storage.getStore();
}
