import type { ReactNode } from 'react';
import { sectionLinks } from '@/components/site/nav-links';
import { SectionNav } from '@/components/site/section-nav';

export default function GolfLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SectionNav label="Golf" links={sectionLinks.golf} />
      {children}
    </>
  );
}
