import { PillLinks } from '@/components/ui/pills';

interface PickerLeague {
  id: number;
  slug: string;
  name: string;
}

/** League links that keep the other query parameters (a season belongs to one league, so it is dropped). */
export function LeaguePicker({
  leagues,
  current,
  base,
  extra = {},
}: {
  leagues: PickerLeague[];
  current: number;
  base: string;
  extra?: Record<string, string>;
}) {
  if (leagues.length < 2) return null;
  const links = leagues.map((l) => ({
    href: `${base}?${new URLSearchParams({ ...extra, league: l.slug })}`,
    label: l.name,
    current: l.id === current,
  }));
  return <PillLinks label="League" links={links} />;
}
