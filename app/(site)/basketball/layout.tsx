import type { ReactNode } from 'react';
import { sectionLinks } from '@/components/site/nav-links';
import { SectionNav } from '@/components/site/section-nav';

export default function BasketballLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SectionNav label="Basketball" links={sectionLinks.basketball} />
      {children}
    </>
  );
}
