import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-placeholder';

export const metadata: Metadata = { title: 'Golf' };

export default function GolfPage() {
  return (
    <SectionPlaceholder title="Golf">
      Courses and tees, hole-by-hole scorecards on a phone, round analytics and World Handicap System indexes arrive with the golf
      release.
    </SectionPlaceholder>
  );
}
