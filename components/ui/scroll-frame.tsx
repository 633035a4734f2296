// The frame of a table that may scroll sideways on a phone. It takes keyboard focus, so people
// without a mouse or touch screen can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
import type { ReactNode } from 'react';

export function ScrollFrame({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled
    <section aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </section>
  );
}
