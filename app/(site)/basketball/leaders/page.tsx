import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { LeaguePicker } from '@/components/basketball/league-picker';
import { SeasonPicker } from '@/components/basketball/season-picker';
import { PillLinks } from '@/components/ui/pills';
import { SortableTable } from '@/components/ui/sortable-table';
import { cachedLeaders } from '@/lib/basketball/cached-stats';
import { seasonsWithPlayerStats } from '@/lib/basketball/leaders';
import { maskForReader, pageLeague } from '@/lib/basketball/page-league';
import { listSeasons, pickSeason, seasonLabel } from '@/lib/basketball/seasons';
import { type LeaderStat, leaderStats } from '@/lib/basketball/stats-queries';
import { getDb } from '@/lib/db';

type Props = { searchParams: Promise<{ season?: string; stat?: string; league?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = await searchParams;
  const scope = await pageLeague(q.league);
  if (!scope) return { title: 'No such league · Basketball' };
  const season = pickSeason(q.season, await listSeasons(await getDb(), scope.league.id));
  const stat = statLabels[(q.stat ?? 'pts') as LeaderStat] ?? 'Points';
  return { title: `${scope.league.name} ${stat.toLowerCase()} leaders${season ? ` ${seasonLabel(season)}` : ''} · Basketball` };
}

const statLabels: Record<LeaderStat, string> = {
  pts: 'Points',
  reb: 'Rebounds',
  ast: 'Assists',
  stl: 'Steals',
  blk: 'Blocks',
  fg3m: '3PM',
  turnover: 'Turnovers',
  min: 'Minutes',
  fg_pct: 'FG%',
  fg3_pct: '3P%',
  ft_pct: 'FT%',
  ts_pct: 'TS%',
};

export default async function LeadersPage({ searchParams }: Props) {
  await connection();
  const q = await searchParams;
  const scope = await pageLeague(q.league);
  if (!scope) notFound();
  const { league, leagues, keep } = scope;
  const seasons = await listSeasons(await getDb(), league.id);
  const season = pickSeason(q.season, seasons);
  const stat = (leaderStats as readonly string[]).includes(q.stat ?? '') ? (q.stat as LeaderStat) : 'pts';
  const picker = <LeaguePicker leagues={leagues} current={league.id} base="/basketball/leaders" extra={{ stat }} />;
  if (!season) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">{league.name} leaders</h1>
        {picker}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No final games in {league.name} yet.</p>
      </div>
    );
  }
  const ranked = await cachedLeaders({ leagueId: league.id, season, stat, limit: 50 });
  const { qualifier, hasPlayerStats } = ranked;
  const leaders = await maskForReader(
    ranked.leaders,
    (l) => l.player.id,
    (l, mask) => ({ ...l, player: { ...l.player, name: mask(l.player.name) } }),
  );
  const withPlayers = hasPlayerStats ? [] : await seasonsWithPlayerStats(await getDb(), league.id);
  const pct = stat.endsWith('_pct');
  const link = (params: Record<string, string>) => `/basketball/leaders?${new URLSearchParams({ ...keep, ...params })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">
        {league.name} leaders · {seasonLabel(season)}
      </h1>
      {picker}
      <SeasonPicker seasons={seasons} current={season} base="/basketball/leaders" extra={{ ...keep, stat }} />
      <PillLinks
        label="Statistic"
        links={leaderStats.map((s) => ({
          href: link({ season: String(season), stat: s }),
          label: statLabels[s],
          current: s === stat,
        }))}
      />
      <p className="text-xs text-zinc-500" data-testid="leaders-qualifier">
        {pct ? '' : 'Per game. '}Qualified: {qualifier.description}
      </p>
      {!hasPlayerStats ? (
        <div className="space-y-1 text-sm text-zinc-500" data-testid="leaders-empty">
          <p>No player statistics for this season: its data has team box scores only.</p>
          {withPlayers.length ? (
            <p>
              Player statistics:{' '}
              {withPlayers.map((s, i) => (
                <span key={s}>
                  {i ? ', ' : ''}
                  <Link href={link({ season: String(s), stat })} className="text-brand-600 hover:underline dark:text-brand-500">
                    {seasonLabel(s)}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ) : leaders.length === 0 ? (
        <p className="text-sm text-zinc-500" data-testid="leaders-empty">
          No player qualifies yet for this statistic.
        </p>
      ) : (
        <SortableTable
          testId="leaders"
          columns={[
            { key: 'rank', label: '#', format: 'int' },
            { key: 'player', label: 'Player', format: 'text', hrefKey: 'href' },
            { key: 'teams', label: 'Team', format: 'text' },
            { key: 'gp', label: 'GP', format: 'int' },
            { key: 'value', label: statLabels[stat], format: pct ? 'pct' : 'dec1' },
          ]}
          rows={leaders.map((l) => ({
            id: l.player.id,
            rank: l.rank,
            player: l.player.name,
            href: `/basketball/players/${l.player.id}`,
            teams: l.teams.join('/'),
            gp: l.gamesPlayed,
            value: l.value,
          }))}
        />
      )}
    </div>
  );
}
