import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { LinkRequest } from '@/components/auth/link-request';
import { boxCells, boxColumns } from '@/components/basketball/box-columns';
import { SeasonPicker } from '@/components/basketball/season-picker';
import { RollingChart } from '@/components/charts/rolling-chart';
import { FollowControl } from '@/components/notify/follow-control';
import { SortableTable } from '@/components/ui/sortable-table';
import { mayAskLinkTo } from '@/lib/auth/grant-list';
import { getCurrentUser } from '@/lib/auth/session';
import { maskForReader } from '@/lib/basketball/page-league';
import { getPlayerPage } from '@/lib/basketball/player-page';
import { seasonLabel } from '@/lib/basketball/seasons';
import { getDb } from '@/lib/db';
import { playerPhoto } from '@/lib/media/page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ season?: string }> };

// One load per request for the title and the page.
const load = cache(async (rawId: string, rawSeason: string | undefined) => {
  const id = Number(rawId);
  const season = Number(rawSeason);
  const page = Number.isInteger(id) && id > 0 ? await getPlayerPage(id, Number.isInteger(season) ? season : undefined) : null;
  if (!page) return null;
  // A minor's page shows initials to everyone outside their team (lib/leagues/privacy.ts).
  const [player = page.player] = await maskForReader(
    [page.player],
    (p) => p.id,
    (p, mask) => ({ ...p, name: mask(p.name) }),
  );
  // A reader who sees only initials sees no photo either.
  const photo = player.name === page.player.name ? await playerPhoto(await getDb(), page.player.id) : undefined;
  return { ...page, player, photo };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const page = await load((await params).id, (await searchParams).season);
  return { title: page ? `${page.player.name} · ${seasonLabel(page.season)} stats` : 'Player' };
}

const avgColumns = [
  { key: 'label', label: 'Season', format: 'text' as const },
  { key: 'team', label: 'Team', format: 'text' as const },
  { key: 'gp', label: 'GP', format: 'int' as const },
  { key: 'min', label: 'MIN', format: 'dec1' as const },
  { key: 'pts', label: 'PTS', format: 'dec1' as const },
  { key: 'reb', label: 'REB', format: 'dec1' as const },
  { key: 'ast', label: 'AST', format: 'dec1' as const },
  { key: 'stl', label: 'STL', format: 'dec1' as const },
  { key: 'blk', label: 'BLK', format: 'dec1' as const },
  { key: 'fg_pct', label: 'FG%', format: 'pct' as const },
  { key: 'fg3_pct', label: '3P%', format: 'pct' as const },
  { key: 'ft_pct', label: 'FT%', format: 'pct' as const },
  { key: 'ts_pct', label: 'TS%', format: 'pct' as const },
];

export default async function PlayerPage({ params, searchParams }: Props) {
  await connection();
  const page = await load((await params).id, (await searchParams).season);
  if (!page) notFound();
  // A signed-in account may ask to be linked to a player its coach can confirm (not the pro data's).
  const user = await getCurrentUser().catch(() => null);
  const linkable = user ? await mayAskLinkTo(await getDb(), page.player.id) : false;
  const avgRows = page.seasons.flatMap((s) =>
    [
      { team: s.teams.length > 1 ? 'TOT' : (s.teams[0]?.abbreviation ?? ''), a: s.all },
      ...(s.teams.length > 1 ? s.teams.map((t) => ({ team: t.abbreviation, a: t.averages })) : []),
    ].map(({ team, a }) => ({
      id: `${s.season}-${team}`,
      label: seasonLabel(s.season),
      team,
      gp: a.games_played,
      min: a.min,
      pts: a.per_game.pts,
      reb: a.per_game.reb,
      ast: a.per_game.ast,
      stl: a.per_game.stl,
      blk: a.per_game.blk,
      fg_pct: a.fg_pct,
      fg3_pct: a.fg3_pct,
      ft_pct: a.ft_pct,
      ts_pct: a.ts_pct,
    })),
  );
  return (
    <div className="space-y-8">
      <div className="flex items-center gap-4">
        {page.photo?.thumbnail_url ? (
          // biome-ignore lint/performance/noImgElement: an uploaded thumbnail, already small; no optimiser needed
          <img
            src={page.photo.thumbnail_url}
            alt={page.player.name}
            className="h-20 w-20 rounded-full object-cover"
            data-testid="player-photo"
          />
        ) : null}
        <h1 className="text-2xl font-bold tracking-tight" data-testid="player-name">
          {page.player.name}
        </h1>
        <FollowControl kind="player" targetId={page.player.id} label={page.player.name} />
      </div>
      {linkable ? <LinkRequest playerId={page.player.id} name={page.player.name} /> : null}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Season averages</h2>
        <SortableTable columns={avgColumns} rows={avgRows} testId="season-averages" />
      </section>
      {page.logSeasons.length > 1 ? (
        <SeasonPicker seasons={page.logSeasons} current={page.season} base={`/basketball/players/${page.player.id}`} />
      ) : null}
      {page.rolling.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{seasonLabel(page.season)} game by game</h2>
          <RollingChart
            points={page.rolling}
            stats={[
              { key: 'pts', label: 'Points' },
              { key: 'reb', label: 'Rebounds' },
              { key: 'ast', label: 'Assists' },
            ]}
          />
        </section>
      ) : null}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{seasonLabel(page.season)} game log</h2>
        <SortableTable
          testId="game-log"
          columns={[
            { key: 'date', label: 'Date', format: 'text', hrefKey: 'href' },
            { key: 'team', label: 'Team', format: 'text' },
            { key: 'opponent', label: 'Opp', format: 'text' },
            { key: 'result', label: 'Res', format: 'text' },
            ...boxColumns,
          ]}
          rows={page.log.map((l) => ({
            id: l.id,
            date: l.date,
            href: `/basketball/games/${l.gameId}`,
            team: l.team,
            opponent: l.opponent,
            result: l.result,
            ...boxCells(l),
          }))}
        />
      </section>
    </div>
  );
}
