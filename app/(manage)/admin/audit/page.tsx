import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable } from '@/components/ui/data-table';
import { listAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Audit log' };
const PAGE = 50;

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const user = await requireUser('/admin/audit');
  // Not an admin: the page does not exist for them.
  if (!can(user.role, 'audit:read')) notFound();
  const before = Number((await searchParams).before);
  const rows = await listAudit(await getDb(), {
    beforeId: Number.isInteger(before) && before > 0 ? before : undefined,
    limit: PAGE,
  });
  const last = rows.at(-1);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
      <DataTable testId="audit-table" headings={['When', 'Actor', 'Action', 'Target', 'IP', 'Request']}>
        {rows.map((r) => (
          <tr key={r.id}>
            <td className="whitespace-nowrap px-3 py-1.5">{r.at.toISOString().replace('T', ' ').slice(0, 19)}</td>
            <td className="px-3 py-1.5 font-mono text-xs">{r.actorId?.slice(0, 8) ?? '—'}</td>
            <td className="px-3 py-1.5">{r.action}</td>
            <td className="px-3 py-1.5">{r.targetType ? `${r.targetType} ${r.targetId ?? ''}` : '—'}</td>
            <td className="px-3 py-1.5">{r.ip ?? '—'}</td>
            <td className="px-3 py-1.5 font-mono text-xs">{r.requestId?.slice(0, 8) ?? '—'}</td>
          </tr>
        ))}
      </DataTable>
      {last && rows.length === PAGE ? (
        <Link href={`/admin/audit?before=${last.id}`} className="text-sm text-brand-600 hover:underline dark:text-brand-500">
          Older →
        </Link>
      ) : null}
    </div>
  );
}
