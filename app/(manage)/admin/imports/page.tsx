import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ImportJobsTable } from '@/components/imports/import-jobs-table';
import { ImportUploader } from '@/components/imports/import-uploader';
import { MAX_UPLOAD_MB } from '@/lib/api/contracts/imports';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { listImportJobs } from '@/lib/imports/job';

export const metadata: Metadata = { title: 'Imports' };

export default async function ImportsPage() {
  const user = await requireUser('/admin/imports');
  // Not an admin: the page does not exist for them.
  if (!can(user.role, 'imports:run')) notFound();
  const jobs = await listImportJobs(await getDb(), { kind: 'basketball', limit: 20 });
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Basketball imports</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A stats.nba.com team game log, a player game log or a results-only file (CSV:{' '}
          <code>date,season,home_team,visitor_team,home_team_score,visitor_team_score</code>), or a Statline JSON export. Rows
          that do not validate are skipped and listed with their row number; importing the same file again changes nothing. New
          results retrain the default game model, which replaces the champion only if it scores better.
        </p>
      </div>
      <ImportUploader maxMb={MAX_UPLOAD_MB} />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Recent imports</h2>
        <ImportJobsTable jobs={jobs} />
      </section>
    </div>
  );
}
