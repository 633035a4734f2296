import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-placeholder';

export const metadata: Metadata = { title: 'Predictions' };

export default function PredictionsPage() {
  return (
    <SectionPlaceholder title="Predictions">
      Game-outcome and player-stat predictions from trained, versioned models arrive with the predictions release.
    </SectionPlaceholder>
  );
}
