import type { Metadata } from 'next';
import { NewLeagueForm } from '@/components/leagues/new-league-form';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New league' };

export default async function NewLeaguePage() {
  const user = await requireUser('/leagues/new');
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">New league</h1>
      {can(user.role, 'league:create') ? (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A school, club or youth league of its own: its teams, schedule, standings and leaders stay apart from every other
            league&apos;s. You become its league admin.
          </p>
          <NewLeagueForm />
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="league-create-forbidden">
          Coaches and admins create leagues. Ask an admin, or a league admin to invite you to theirs.
        </p>
      )}
    </div>
  );
}
