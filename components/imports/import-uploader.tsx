'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormResult } from '@/components/ui/form';
import { JobProgress, type JobState } from './job-progress';

/**
 * `endpoint` takes the upload and answers the job at `${endpoint}/{id}` (basketball imports by
 * default; a league's schedule imports send CSV only, with the browser's time zone for timed rows).
 */
export function ImportUploader({
  maxMb,
  endpoint = '/api/v1/basketball/imports',
  csvOnly = false,
}: {
  maxMb: number;
  endpoint?: string;
  csvOnly?: boolean;
}) {
  const router = useRouter();
  const [job, setJob] = useState<JobState | null>(null);
  const [uploading, setUploading] = useState(false);
  const [polling, setPolling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function poll(id: string, round: number) {
    const res = await fetch(`${endpoint}/${id}`, { cache: 'no-store' }).catch(() => null);
    const body = await res?.json().catch(() => null);
    if (res?.ok && body?.data) {
      setJob(body.data);
      if (['succeeded', 'partial', 'failed'].includes(body.data.status)) {
        setPolling(false);
        router.refresh(); // the recent-jobs list below is server-rendered
        return;
      }
    } else if (res && res.status !== 429 && res.status < 500) {
      setPolling(false);
      setError(body?.error?.message ?? 'Could not read the import job.');
      return;
    }
    // Every 500 ms at first; after 30 s once a second, so a long import stays inside the
    // per-user request budget (120/min). A 429 waits as long as the server asks.
    const retryAfter = res?.status === 429 ? Number(res.headers.get('retry-after')) * 1000 || 5000 : 0;
    timer.current = setTimeout(() => poll(id, round + 1), retryAfter || (round < 60 ? 500 : 1000));
  }

  async function upload(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setError('Choose a file to import.');
    if (file.size > maxMb * 2 ** 20) return setError(`The file is larger than ${maxMb} MB.`);
    clearTimeout(timer.current);
    setError(null);
    setJob(null);
    setUploading(true);
    // The body is the file itself; its type tells the server which parser family to expect.
    const type = /\.json$/i.test(file.name) ? 'application/json' : 'text/csv';
    const zone = csvOnly ? `&time_zone=${encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)}` : '';
    const res = await fetch(`${endpoint}?filename=${encodeURIComponent(file.name.slice(-200))}${zone}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: file,
    }).catch(() => null);
    const body = await res?.json().catch(() => null);
    setUploading(false);
    if (!res?.ok || !body?.data) return setError(body?.error?.message ?? 'The upload failed; try again.');
    setJob({
      ...body.data,
      total_rows: null,
      processed_rows: 0,
      inserted_rows: 0,
      rejected_rows: 0,
      error: null,
      rejections: [],
    });
    setPolling(true);
    void poll(body.data.id, 0);
  }

  const busy = uploading || polling;
  return (
    <div className="space-y-4">
      <form
        onSubmit={upload}
        className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:flex-row sm:items-end dark:border-zinc-800 dark:bg-zinc-900"
      >
        <label className="block flex-1 space-y-1 text-sm">
          <span className="font-medium">
            {csvOnly ? 'CSV file' : 'Data file (CSV or JSON'}, up to {maxMb} MB{csvOnly ? '' : ')'}
          </span>
          <input
            type="file"
            name="file"
            accept={csvOnly ? '.csv,text/csv' : '.csv,.json,text/csv,application/json'}
            required
            className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-2 file:text-sm file:font-medium dark:file:bg-zinc-800 dark:file:text-zinc-100"
          />
        </label>
        <Button type="submit" disabled={busy}>
          {uploading ? 'Uploading…' : polling ? 'Importing…' : 'Import'}
        </Button>
      </form>
      <FormResult error={error} />
      {uploading ? <JobProgress job={null} /> : job ? <JobProgress job={job} rejectionsCsv={!csvOnly} /> : null}
    </div>
  );
}
