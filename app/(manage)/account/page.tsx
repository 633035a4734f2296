import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { DeleteAccountForm } from '@/components/auth/delete-account-form';
import { SettingToggle } from '@/components/auth/setting-toggle';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { findUserById } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { changeOwnPassword, saveFindableByEmail, saveGolfPublic } from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser('/account');
  const account = await findUserById(await getDb(), user.id);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
      <dl
        className="grid grid-cols-[8rem_1fr] gap-y-2 rounded-lg border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900"
        data-testid="profile"
      >
        <dt className="text-zinc-500">Name</dt>
        <dd>{user.name}</dd>
        <dt className="text-zinc-500">Email</dt>
        <dd>{user.email}</dd>
        <dt className="text-zinc-500">Role</dt>
        <dd data-testid="role">{user.role}</dd>
      </dl>
      <SettingToggle
        testId="findable-by-email"
        initial={account?.findableByEmail ?? false}
        save={saveFindableByEmail}
        label="Let golfers who know my email address add me to their rounds"
        help="Off by default. When on, someone who types your exact address sees your name; no one can browse or search accounts."
      />
      <SettingToggle
        testId="golf-privacy"
        initial={account?.golfPublic ?? true}
        save={saveGolfPublic}
        label="Show my golf profile and rounds to everyone"
        help="On by default. When off, your golf dashboard, handicap and rounds are seen only by you, the people in each round and admins; to everyone else they do not exist."
      />
      {account?.passwordHash ? <ChangePasswordForm save={changeOwnPassword} /> : null}
      <ul className="space-y-2 text-sm">
        <li>
          <Link href="/settings/api-keys" className="text-brand-600 hover:underline dark:text-brand-500">
            API keys →
          </Link>
        </li>
        {can(user.role, 'audit:read') ? (
          <li>
            <Link href="/admin/audit" className="text-brand-600 hover:underline dark:text-brand-500">
              Audit log →
            </Link>
          </li>
        ) : null}
        {can(user.role, 'accounts:manage') ? (
          <li>
            <Link href="/admin/accounts" className="text-brand-600 hover:underline dark:text-brand-500">
              Accounts →
            </Link>
          </li>
        ) : null}
        {can(user.role, 'imports:run') ? (
          <li>
            <Link href="/admin/imports" className="text-brand-600 hover:underline dark:text-brand-500">
              Data imports →
            </Link>
          </li>
        ) : null}
      </ul>
      <section className="space-y-2" data-testid="your-data">
        <h2 className="text-lg font-semibold">Your data</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Everything Statline holds about you (your account, golf rounds, games you scored, API keys without their secrets, and
          the audit log about you) as one JSON file.
        </p>
        <a
          href="/api/v1/me/export"
          download
          className="inline-block rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Download my data
        </a>
      </section>
      {account?.passwordHash ? <DeleteAccountForm /> : null}
      <SignOutButton />
    </div>
  );
}
