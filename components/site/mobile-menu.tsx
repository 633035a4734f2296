'use client';

// The phone menu is a <details>, so it opens before any JavaScript loads. The header persists
// across client-side navigations, so once hydrated the menu closes itself when a link is followed.
import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useRef } from 'react';

export function MobileMenu({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const path = usePathname();
  useEffect(() => {
    if (ref.current && path) ref.current.open = false;
  }, [path]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard activation of a link fires this same click
    <details
      ref={ref}
      className={className}
      data-testid="nav-mobile"
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a') && ref.current) ref.current.open = false;
      }}
    >
      {children}
    </details>
  );
}
