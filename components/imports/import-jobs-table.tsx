// Recent import jobs, server-rendered: what ran, from which file, and how it ended.
import { DataTable } from '@/components/ui/data-table';
import type { ImportJob } from '@/drizzle/schema';

const statusStyle: Record<ImportJob['status'], string> = {
  queued: 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
  running: 'bg-brand-50 text-brand-700 dark:bg-zinc-800 dark:text-brand-500',
  succeeded: 'bg-green-50 text-green-700 dark:bg-green-950 dark:text-green-400',
  partial: 'bg-amber-50 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  failed: 'bg-red-50 text-red-700 dark:bg-red-950 dark:text-red-400',
};

export function ImportJobsTable({ jobs }: { jobs: ImportJob[] }) {
  if (jobs.length === 0) return <p className="text-sm text-zinc-500">No imports yet.</p>;
  return (
    <DataTable
      testId="import-jobs"
      className="text-xs sm:text-sm"
      headings={[
        'When (UTC)',
        'File',
        'Status',
        { label: 'Rows', className: 'hidden text-right sm:table-cell' },
        { label: 'Inserted', className: 'hidden text-right sm:table-cell' },
        { label: 'Updated', className: 'hidden text-right md:table-cell' },
        { label: 'Unchanged', className: 'hidden text-right md:table-cell' },
        { label: 'Rejected', className: 'text-right' },
      ]}
    >
      {jobs.map((j) => (
        <tr key={j.id}>
          <td className="whitespace-nowrap px-3 py-1.5">
            {/* Date over time on phones, so the counts stay on screen. */}
            <span className="block sm:inline">{j.createdAt.toISOString().slice(0, 10)}</span>{' '}
            <span className="text-zinc-500">{j.createdAt.toISOString().slice(11, 16)}</span>
          </td>
          <td className="max-w-32 truncate px-3 py-1.5 sm:max-w-48" title={j.error ?? j.source}>
            {j.source}
            {j.error ? <div className="truncate text-xs text-red-600 dark:text-red-400">{j.error}</div> : null}
          </td>
          <td className="px-3 py-1.5">
            <span className={`rounded px-1.5 py-0.5 text-xs ${statusStyle[j.status]}`}>{j.status}</span>
          </td>
          <td className="hidden px-3 py-1.5 text-right tabular-nums sm:table-cell">{j.processedRows.toLocaleString('en-US')}</td>
          <td className="hidden px-3 py-1.5 text-right tabular-nums sm:table-cell">{j.insertedRows.toLocaleString('en-US')}</td>
          <td className="hidden px-3 py-1.5 text-right tabular-nums md:table-cell">{j.updatedRows.toLocaleString('en-US')}</td>
          <td className="hidden px-3 py-1.5 text-right tabular-nums md:table-cell">{j.unchangedRows.toLocaleString('en-US')}</td>
          <td className="px-3 py-1.5 text-right tabular-nums">{j.rejectedRows.toLocaleString('en-US')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
