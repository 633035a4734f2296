// Rows of pill-shaped choices, in one look: tabs that switch a view in place (buttons), and links
// that each open a page (a season, a statistic). Kept free of hooks so server pages can use PillLinks.
import Link from 'next/link';
import type { ReactNode, Ref } from 'react';

const sizes = { md: 'min-h-10 px-3', lg: 'min-h-12 px-4' } as const;
type Size = keyof typeof sizes;

function pillClass(active: boolean, size: Size): string {
  const tone = active
    ? 'bg-zinc-900 text-white dark:bg-white dark:text-zinc-900'
    : 'bg-zinc-100 hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700';
  return `shrink-0 rounded-full ${sizes[size]} ${tone}`;
}

export interface PillTab<K> {
  key: K;
  label: ReactNode;
  testId?: string;
}

/** A tablist of pills; `size="lg"` for thumbs on a course. The row scrolls sideways when it is wider than the screen. */
export function PillTabs<K extends string | number>({
  label,
  tabs,
  value,
  onChange,
  size = 'md',
  ref,
}: {
  label: string;
  tabs: readonly PillTab<K>[];
  value: K;
  onChange: (key: K) => void;
  size?: Size;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} role="tablist" aria-label={label} className="flex gap-1.5 overflow-x-auto pb-1 text-sm">
      {tabs.map((t) => (
        <button
          key={t.key}
          type="button"
          role="tab"
          aria-selected={t.key === value}
          data-testid={t.testId}
          onClick={() => onChange(t.key)}
          className={pillClass(t.key === value, size)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

export interface PillLink {
  href: string;
  label: ReactNode;
  current: boolean;
}

/** A navigation row of pills; the current one is marked for screen readers (aria-current). */
export function PillLinks({ label, links }: { label: string; links: readonly PillLink[] }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1.5 text-sm">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.current ? 'page' : undefined}
          className={`inline-flex items-center ${pillClass(l.current, 'md')}`}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
