import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccountGrants } from '@/components/auth/account-grants';
import { AdminAccountActions } from '@/components/auth/admin-account-actions';
import { DataTable } from '@/components/ui/data-table';
import { listAccounts } from '@/lib/auth/account-list';
import { grantsOfAccounts } from '@/lib/auth/grant-list';
import { scopeOptions } from '@/lib/auth/grant-scope-options';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Accounts' };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requireUser('/admin/accounts');
  // Not an admin: the page does not exist for them.
  if (!can(user.role, 'accounts:manage')) notFound();
  const { q } = await searchParams;
  const search = typeof q === 'string' ? q.slice(0, 200) : undefined;
  const db = await getDb();
  const rows = await listAccounts(db, { search, limit: 50 });
  const [grants, options] = await Promise.all([
    grantsOfAccounts(
      db,
      rows.map((a) => a.id),
    ),
    scopeOptions(db),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Accounts</h1>
      <form className="flex gap-2">
        <label className="sr-only" htmlFor="account-search">
          Search by email or name
        </label>
        <input
          id="account-search"
          name="q"
          defaultValue={search}
          placeholder="email or name"
          className="rounded-md border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="submit" className="rounded-md border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700">
          Search
        </button>
      </form>
      <DataTable
        testId="accounts-table"
        headings={['Email', 'Name', 'Role', 'State', 'Roles in leagues, teams, players', 'Actions']}
      >
        {rows.map((a) => (
          <tr key={a.id}>
            <td className="px-3 py-1.5">{a.email}</td>
            <td className="px-3 py-1.5">{a.name}</td>
            <td className="px-3 py-1.5">{a.role}</td>
            <td className="px-3 py-1.5">{a.disabled ? 'disabled' : 'active'}</td>
            <td className="px-3 py-1.5">
              <AccountGrants
                account={{ id: a.id, email: a.email }}
                grants={(grants.get(a.id) ?? []).map((g) => ({ id: g.id, role: g.role, scope: g.scope, status: g.status }))}
                options={options}
              />
            </td>
            <td className="px-3 py-1.5">
              <AdminAccountActions account={{ id: a.id, email: a.email, disabled: a.disabled }} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
