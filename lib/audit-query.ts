// Reading the audit log: newest first, filtered by actor email, action and UTC date range, in
// keyset pages by id (ids grow with time, so "older" is a lower id and no insert shifts a page).
import { and, asc, desc, eq, gt, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { apiKeys, auditLog, users } from '@/drizzle/schema';
import { type Db, rowsOf } from '@/lib/db/client';

export interface AuditFilter {
  /** Part of the actor's email, any case. */
  actor?: string;
  action?: string;
  /** UTC dates, YYYY-MM-DD, both ends included. */
  from?: string;
  to?: string;
}

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  apiKey: { id: string; name: string } | null;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  ip: string | null;
  details: unknown;
}

export interface AuditPage {
  rows: AuditRow[];
  /** The id to page from for older rows (`before`), or null on the oldest page. */
  older: number | null;
  /** The id to page from for newer rows (`after`), or null on the newest page. */
  newer: number | null;
}

const actor = alias(users, 'actor');

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);

function conditions(f: AuditFilter): SQL[] {
  const out: SQL[] = [];
  if (f.actor) out.push(ilike(actor.email, `%${escapeLike(f.actor.trim())}%`));
  if (f.action) out.push(eq(auditLog.action, f.action));
  if (f.from) out.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) out.push(lt(auditLog.at, nextDay(f.to)));
  return out;
}

/** One page: `before` pages towards older rows, `after` towards newer; neither is the newest page. */
export async function listAudit(
  db: Db,
  opts: { filter?: AuditFilter; before?: number; after?: number; limit: number },
): Promise<AuditPage> {
  const filter = conditions(opts.filter ?? {});
  const towardsNewer = opts.after !== undefined && opts.before === undefined;
  const key = towardsNewer ? gt(auditLog.id, opts.after as number) : opts.before ? lt(auditLog.id, opts.before) : undefined;
  const found = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: actor.id,
      actorName: actor.name,
      actorEmail: actor.email,
      keyId: apiKeys.id,
      keyName: apiKeys.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      requestId: auditLog.requestId,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(apiKeys, eq(apiKeys.id, auditLog.actorApiKeyId))
    .where(and(...filter, key))
    .orderBy(towardsNewer ? asc(auditLog.id) : desc(auditLog.id))
    .limit(opts.limit + 1);
  const more = found.length > opts.limit;
  const page = found.slice(0, opts.limit);
  if (towardsNewer) page.reverse();
  const rows = page.map(
    (r): AuditRow => ({
      id: r.id,
      at: r.at,
      action: r.action,
      actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '', email: r.actorEmail ?? '' } : null,
      apiKey: r.keyId ? { id: r.keyId, name: r.keyName ?? '' } : null,
      targetType: r.targetType,
      targetId: r.targetId,
      requestId: r.requestId,
      ip: r.ip,
      details: r.details,
    }),
  );
  const first = rows[0]?.id ?? null;
  const last = rows.at(-1)?.id ?? null;
  const paged = opts.before !== undefined || opts.after !== undefined;
  return {
    rows,
    // Going older, a row past the page means an older page; going newer, the page came from one.
    older: towardsNewer || more ? last : null,
    newer: towardsNewer ? (more ? first : null) : paged ? first : null,
  };
}

/**
 * Every action the log holds, for the page's filter. A skip scan over the action index: one probe
 * per distinct action, where DISTINCT would read every row of a log that only grows.
 */
export async function auditActions(db: Db): Promise<string[]> {
  const result = await db.execute(sql`
    with recursive a(action) as (
      (select action from audit_log order by action limit 1)
      union all
      select (select l.action from audit_log l where l.action > a.action order by l.action limit 1)
      from a where a.action is not null
    )
    select action from a where action is not null`);
  return rowsOf<{ action: string }>(result).map((r) => r.action);
}
