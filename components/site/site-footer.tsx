import Link from 'next/link';

const footerLinks = [
  { href: '/docs/api', label: 'API reference' },
  { href: '/basketball/live', label: 'Live games' },
  { href: '/about', label: 'Data sources & licences' },
];

export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 py-6 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 sm:px-6">
        <span>Statline — open, self-hostable sports statistics</span>
        <nav aria-label="Footer" className="flex flex-wrap gap-x-6 gap-y-2">
          {footerLinks.map((l) => (
            <Link key={l.href} href={l.href} className="underline-offset-2 hover:underline">
              {l.label}
            </Link>
          ))}
          {/* The readiness check itself, as JSON: what a load balancer sees. */}
          <a href="/api/ready" className="underline-offset-2 hover:underline" data-testid="status-link">
            Status
          </a>
        </nav>
      </div>
    </footer>
  );
}
