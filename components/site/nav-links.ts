// Where the navigation goes: the sections in the header, and each section's own pages below it.
export interface NavLink {
  href: string;
  label: string;
}

export const navLinks: readonly NavLink[] = [
  { href: '/basketball', label: 'Basketball' },
  { href: '/basketball/live', label: 'Live' },
  { href: '/golf', label: 'Golf' },
  { href: '/football', label: 'Football' },
  { href: '/predictions', label: 'Predictions' },
  { href: '/docs/api', label: 'API' },
];

export const sectionLinks = {
  basketball: [
    { href: '/basketball', label: 'Standings' },
    { href: '/basketball/leaders', label: 'Leaders' },
    { href: '/basketball/live', label: 'Live games' },
    { href: '/basketball/search', label: 'Players & teams' },
    { href: '/leagues', label: 'Leagues' },
  ],
  golf: [
    { href: '/golf', label: 'Golf home' },
    { href: '/golf/players', label: 'Players' },
    { href: '/golf/rounds', label: 'Rounds' },
    { href: '/golf/events', label: 'Events' },
  ],
} as const satisfies Record<string, readonly NavLink[]>;

export interface AdminLink extends NavLink {
  permission: 'imports:run' | 'audit:read' | 'accounts:manage' | 'models:manage';
  description: string;
}

export const adminLinks: readonly AdminLink[] = [
  {
    href: '/admin/imports',
    label: 'Imports',
    permission: 'imports:run',
    description: 'Upload game logs and exports; watch import jobs and download rejected rows.',
  },
  {
    href: '/admin/accounts',
    label: 'Accounts',
    permission: 'accounts:manage',
    description: 'Find an account; issue a password-reset link, download its data or delete it.',
  },
  {
    href: '/admin/audit',
    label: 'Audit log',
    permission: 'audit:read',
    description: 'Every write: who did what, to what, from where, with its request id.',
  },
  {
    href: '/admin/models',
    label: 'Prediction models',
    permission: 'models:manage',
    description: 'Train game models in the background; load, unload and pick the default on every replica.',
  },
];

/** The link a path belongs to: the longest href that is the path or a folder above it. */
export function currentHref(path: string, links: readonly NavLink[]): string | undefined {
  return links.filter((l) => path === l.href || path.startsWith(`${l.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]
    ?.href;
}
