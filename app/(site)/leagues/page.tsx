import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { listLeagues } from '@/lib/leagues/queries';

export const metadata: Metadata = { title: 'Leagues' };

const levelNames: Record<string, string> = {
  pro: 'Pro',
  college: 'College',
  high_school: 'High school',
  youth: 'Youth',
  adult_amateur: 'Adult amateur',
};

export default async function LeaguesPage() {
  await connection();
  const user = await getCurrentUser();
  const viewer = user ? { id: user.id, role: user.role } : null;
  const leagues = (await listLeagues(await getDb(), viewer)).filter(
    (l) => l.pickupOwnerId === null || l.pickupOwnerId === viewer?.id,
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Leagues</h1>
        {user && can(user.role, 'league:create') ? (
          <Link href="/leagues/new" className="text-sm text-brand-600 hover:underline dark:text-brand-500">
            New league
          </Link>
        ) : null}
      </div>
      <ul
        className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
        data-testid="leagues"
      >
        {leagues.map((l) => (
          <li key={l.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
            <Link href={`/leagues/${l.slug}`} className="font-medium hover:underline">
              {l.name}
            </Link>
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              {[
                l.sport[0]?.toUpperCase() + l.sport.slice(1),
                levelNames[l.level],
                l.visibility === 'members' ? 'Members only' : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
