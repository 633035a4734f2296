import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { adminLinks } from '@/components/site/nav-links';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const user = await requireUser('/admin');
  const mine = adminLinks.filter((l) => can(user.role, l.permission));
  // Not an admin: the page does not exist for them.
  if (mine.length === 0) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Admin</h1>
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="admin-links">
        {mine.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className="block h-full rounded-lg border border-zinc-200 bg-white p-4 hover:border-brand-600 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <span className="font-semibold">{l.label}</span>
              <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">{l.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
