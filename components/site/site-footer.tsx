import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 py-6 text-sm text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 sm:px-6">
        <span>Statline — open, self-hostable sports statistics</span>
        <Link href="/about" className="hover:underline">
          About &amp; data sources
        </Link>
      </div>
    </footer>
  );
}
