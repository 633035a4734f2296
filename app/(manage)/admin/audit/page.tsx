import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { type AuditFilter, auditActions, listAudit } from '@/lib/audit-query';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Audit log' };
const PAGE = 50;

// A hand-edited URL with a bad value loses that value, not the page.
const optional = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);
const searchSchema = z.object({
  actor: optional(z.string().trim().min(1).max(320)),
  action: optional(z.string().trim().min(1).max(100)),
  from: optional(z.iso.date()),
  to: optional(z.iso.date()),
  before: optional(z.coerce.number().int().positive()),
  after: optional(z.coerce.number().int().positive()),
});

function href(filter: AuditFilter, page: { before?: number; after?: number }): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...page })) if (v !== undefined) q.set(k, String(v));
  return `/admin/audit?${q}`;
}

const link = 'text-sm text-brand-600 hover:underline dark:text-brand-500';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireUser('/admin/audit');
  // Not an admin: the page does not exist for them.
  if (!can(user.role, 'audit:read')) notFound();
  const { before, after, ...filter } = searchSchema.parse(await searchParams);
  const db = await getDb();
  const [page, actions] = await Promise.all([listAudit(db, { filter, before, after, limit: PAGE }), auditActions(db)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
      <AuditFilters filter={filter} actions={actions} />
      {page.rows.length === 0 ? <p className="text-sm text-zinc-500">No entries match.</p> : <AuditTable rows={page.rows} />}
      <nav aria-label="Audit pages" className="flex justify-between">
        {page.newer ? (
          <Link href={href(filter, { after: page.newer })} className={link}>
            ← Newer
          </Link>
        ) : (
          <span />
        )}
        {page.older ? (
          <Link href={href(filter, { before: page.older })} className={link}>
            Older →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
