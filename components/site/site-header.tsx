import Link from 'next/link';
import { can, mayDo } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { unreadCount } from '@/lib/notify/inbox';
import { MobileMenu } from './mobile-menu';
import { adminLinks, navLinks } from './nav-links';

const scorebookLink = { href: '/basketball/scorebook', label: 'Scorebook' };
const adminLink = { href: '/admin', label: 'Admin' };
const myLink = { href: '/my', label: 'My Statline' };

/** Does the user score anything (by base role or by a grant)? The header still renders when the database is away. */
async function scores(user: { id: string; role: Role }): Promise<boolean> {
  return mayDo(await getDb(), user, 'basketball-game:score').catch(() => can(user.role, 'basketball-game:score'));
}

/** The unread badge's number; the header still renders when the database is away. */
async function unreadOf(userId: string): Promise<number> {
  return unreadCount(await getDb(), userId).catch(() => 0);
}

function Badge({ n }: { n: number }) {
  if (n <= 0) return null;
  return (
    <span className="ml-1 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="unread-badge">
      {n > 99 ? '99+' : n}
      <span className="sr-only"> unread</span>
    </span>
  );
}

export async function SiteHeader() {
  const user = await getCurrentUser().catch(() => null);
  const account = user ? { href: '/account', label: user.name } : { href: '/sign-in', label: 'Sign in' };
  // Scorekeepers (coaches, admins, anyone holding a coach, scorekeeper or league admin grant) get
  // their scorebook next to the sports.
  const [unread, scorebook] = user ? await Promise.all([unreadOf(user.id), scores(user)]) : [0, false];
  const links = [
    ...(user ? [myLink] : []),
    ...navLinks,
    ...(scorebook ? [scorebookLink] : []),
    ...(user && adminLinks.some((l) => can(user.role, l.permission)) ? [adminLink] : []),
  ];
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight" data-testid="brand">
          <span aria-hidden className="inline-block h-5 w-5 rounded bg-brand-600" />
          Statline
        </Link>
        <nav aria-label="Main" className="hidden flex-1 gap-1 lg:flex" data-testid="nav-desktop">
          {links.map((l) => (
            <Link
              key={l.href}
              href={l.href}
              className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
            >
              {l.label}
              {l === myLink ? <Badge n={unread} /> : null}
            </Link>
          ))}
          <Link
            href="/basketball/search"
            className="rounded-md px-3 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 xl:hidden dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
          >
            Search
          </Link>
        </nav>
        <search className="ml-auto hidden xl:block">
          <form action="/basketball/search">
            <input
              name="q"
              placeholder="Search players, teams"
              aria-label="Search players and teams"
              className="w-52 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            />
          </form>
        </search>
        <Link
          href={account.href}
          data-testid="account-link"
          className="ml-auto hidden max-w-48 truncate rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 lg:inline-block xl:ml-0 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {account.label}
        </Link>
        <MobileMenu className="relative ml-auto lg:hidden">
          <summary className="cursor-pointer list-none rounded-md border border-zinc-300 px-3 py-1.5 text-sm dark:border-zinc-700">
            Menu
            <Badge n={unread} />
          </summary>
          <nav
            aria-label="Main (mobile)"
            className="absolute right-0 mt-2 flex w-48 flex-col rounded-lg border border-zinc-200 bg-white p-2 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
          >
            <search className="px-1 pb-2">
              <form action="/basketball/search">
                <input
                  name="q"
                  type="search"
                  placeholder="Search players, teams"
                  aria-label="Search players and teams"
                  data-testid="search-mobile"
                  className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
                />
              </form>
            </search>
            {links.map((l) => (
              <Link key={l.href} href={l.href} className="rounded px-3 py-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
                {l.label}
                {l === myLink ? <Badge n={unread} /> : null}
              </Link>
            ))}
            <Link href={account.href} className="rounded px-3 py-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
              {account.label}
            </Link>
          </nav>
        </MobileMenu>
      </div>
    </header>
  );
}
