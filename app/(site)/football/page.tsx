import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-placeholder';

export const metadata: Metadata = { title: 'Football' };

export default function FootballPage() {
  return (
    <SectionPlaceholder title="Football">
      Play-by-play tracking, situational filters (down, distance, field position) and efficiency analytics arrive with the
      football release.
    </SectionPlaceholder>
  );
}
