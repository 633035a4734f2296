import { type Column, SortableTable } from '@/components/ui/sortable-table';
import type { Standing } from '@/lib/basketball/standings';

const record = (r: { wins: number; losses: number } | null) => (r ? `${r.wins}-${r.losses}` : null);

export function StandingsTable({
  standings,
  full = false,
  conference,
  season,
}: {
  standings: Standing[];
  full?: boolean;
  conference?: boolean;
  /** Team links open this season's page (the team page defaults to the latest). */
  season?: number;
}) {
  if (standings.length === 0) return <p className="text-sm text-zinc-500">No completed games.</p>;
  const columns: Column[] = [
    ...(conference ? [{ key: 'rank', label: '#', format: 'int' as const }] : []),
    { key: 'team', label: 'Team', format: 'text', hrefKey: 'href' },
    { key: 'wins', label: 'W', format: 'int' },
    { key: 'losses', label: 'L', format: 'int' },
    { key: 'pct', label: 'Pct', format: 'pct' },
    { key: 'gb', label: 'GB', format: 'dec1', title: 'Games behind the leader' },
    ...(full
      ? ([
          { key: 'home', label: 'Home', format: 'text' },
          { key: 'away', label: 'Away', format: 'text' },
          { key: 'l10', label: 'L10', format: 'text', title: 'Last ten games' },
          { key: 'streak', label: 'Strk', format: 'text' },
        ] satisfies Column[])
      : []),
  ];
  const rows = standings.map((s) => ({
    id: s.teamId,
    rank: s.conferenceRank,
    team: s.name,
    href: `/basketball/teams/${s.teamId}${season ? `?season=${season}` : ''}`,
    wins: s.wins,
    losses: s.losses,
    pct: s.pct,
    gb: conference ? s.conferenceGamesBehind : s.gamesBehind,
    home: record(s.home),
    away: record(s.away),
    l10: record(s.lastTen),
    streak: s.streak,
  }));
  return <SortableTable columns={columns} rows={rows} testId="standings" />;
}
