'use client';

// A section's own pages under the header (standings, leaders, live games…), the current one marked.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { currentHref, type NavLink } from './nav-links';

export function SectionNav({ label, links }: { label: string; links: readonly NavLink[] }) {
  const current = currentHref(usePathname(), links);
  return (
    <nav aria-label={label} className="-mt-2 mb-6 overflow-x-auto border-b border-zinc-200 dark:border-zinc-800">
      <ul className="flex gap-1 text-sm">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={l.href === current ? 'page' : undefined}
              className="-mb-px inline-block whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-zinc-700 hover:text-zinc-950 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold aria-[current=page]:text-zinc-950 dark:text-zinc-300 dark:hover:text-white dark:aria-[current=page]:text-white"
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
