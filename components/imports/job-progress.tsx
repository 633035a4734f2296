// One import job as it runs and once it ends: the progress bar, the counts, the rejected rows.
// `job === null` means the file is still uploading.
import { DataTable } from '@/components/ui/data-table';
import { FormResult } from '@/components/ui/form';

export interface JobState {
  id: string;
  source: string;
  status: 'queued' | 'running' | 'succeeded' | 'partial' | 'failed';
  total_rows: number | null;
  processed_rows: number;
  inserted_rows: number;
  updated_rows: number;
  unchanged_rows: number;
  rejected_rows: number;
  error: string | null;
  rejections: { row_number: number; reason: string }[];
}

const n = (v: number) => v.toLocaleString('en-US');

/** `rejectionsCsv`: link the basketball import's download of every rejected row. */
export function JobProgress({ job, rejectionsCsv = true }: { job: JobState | null; rejectionsCsv?: boolean }) {
  const done = job?.status === 'succeeded' || job?.status === 'partial' || job?.status === 'failed';
  // A bar with no value is indeterminate: shown while uploading or before a row count is known.
  const known =
    job && !done && job.total_rows ? { value: Math.min(job.processed_rows, job.total_rows), max: job.total_rows } : null;
  const bar = done ? { value: 1, max: 1 } : known;
  return (
    <section className="space-y-3" aria-live="polite" data-testid="import-job">
      <progress
        aria-label="Import progress"
        data-testid="import-progress"
        data-status={job?.status ?? 'uploading'}
        className={`h-3 w-full ${job?.status === 'failed' ? 'accent-red-600' : 'accent-brand-600'}`}
        {...(bar ?? {})}
      />
      <p className="text-sm" data-testid="import-status">
        {!job
          ? 'Uploading…'
          : job.status === 'queued' || job.status === 'running'
            ? `Importing ${job.source}… ${n(job.processed_rows)}${job.total_rows ? ` of about ${n(job.total_rows)}` : ''} rows`
            : job.status === 'succeeded' || job.status === 'partial'
              ? `${job.status === 'partial' ? 'Done, with rejected rows' : 'Done'}: ${job.source}: ${n(job.processed_rows)} rows, ${n(job.inserted_rows)} inserted, ${n(job.updated_rows)} updated, ${n(job.unchanged_rows)} unchanged, ${n(job.rejected_rows)} rejected.`
              : null}
      </p>
      <FormResult error={job?.status === 'failed' ? `Import failed: ${job.error ?? 'unknown error'}` : null} />
      {job && job.rejections.length > 0 ? (
        <div className="space-y-1">
          <h3 className="text-sm font-semibold">
            Rejected rows
            {job.rejected_rows > job.rejections.length ? ` (first ${job.rejections.length} of ${n(job.rejected_rows)})` : ''}
          </h3>
          {rejectionsCsv ? (
            <a
              href={`/api/v1/basketball/imports/${job.id}/rejections.csv`}
              className="text-sm text-brand-600 hover:underline dark:text-brand-500"
              data-testid="rejections-csv"
              download
            >
              Download all {n(job.rejected_rows)} rejected rows (CSV)
            </a>
          ) : null}
          <DataTable testId="rejections-table" headings={['Row', 'Reason']}>
            {job.rejections.map((r) => (
              <tr key={`${r.row_number}:${r.reason}`}>
                <td className="whitespace-nowrap px-3 py-1.5 tabular-nums">{r.row_number}</td>
                <td className="px-3 py-1.5 break-words">{r.reason}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ) : null}
    </section>
  );
}
