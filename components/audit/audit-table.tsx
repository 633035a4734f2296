// One audit row per line: when (UTC), who by name and email (and the API key they used), what, on
// what, from where, under which request id.
import { DataTable } from '@/components/ui/data-table';
import type { AuditRow } from '@/lib/audit-query';

const cell = 'px-3 py-1.5';

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <DataTable testId="audit-table" headings={['When (UTC)', 'Actor', 'Action', 'Target', 'IP', 'Request id']}>
      {rows.map((r) => (
        <tr key={r.id} data-testid="audit-row">
          <td className={`whitespace-nowrap ${cell}`}>{r.at.toISOString().replace('T', ' ').slice(0, 19)}</td>
          <td className={cell}>
            {r.actor ? (
              <>
                <span className="font-medium">{r.actor.name}</span>{' '}
                <span className="text-zinc-500 dark:text-zinc-400">{r.actor.email}</span>
                {r.apiKey ? <span className="block text-xs text-zinc-500">API key “{r.apiKey.name}”</span> : null}
              </>
            ) : (
              '—'
            )}
          </td>
          <td className={`font-mono text-xs ${cell}`}>{r.action}</td>
          <td className={cell}>{r.targetType ? `${r.targetType} ${r.targetId ?? ''}` : '—'}</td>
          <td className={`whitespace-nowrap ${cell}`}>{r.ip ?? '—'}</td>
          <td className={`font-mono text-xs ${cell}`}>{r.requestId ?? '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
