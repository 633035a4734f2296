import { PillLinks } from '@/components/ui/pills';
import { seasonLabel } from '@/lib/basketball/seasons';

/** Season links that keep the other query parameters. */
export function SeasonPicker({
  seasons,
  current,
  base,
  extra = {},
}: {
  seasons: number[];
  current: number;
  base: string;
  extra?: Record<string, string>;
}) {
  const links = seasons.map((s) => ({
    href: `${base}?${new URLSearchParams({ ...extra, season: String(s) })}`,
    label: seasonLabel(s),
    current: s === current,
  }));
  return <PillLinks label="Season" links={links} />;
}
