import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { PendingLinks } from '@/components/auth/pending-links';
import { SeasonPicker } from '@/components/basketball/season-picker';
import { TeamTrendChart } from '@/components/charts/team-trend-chart';
import { TeamInvitations } from '@/components/invitations/team-invitations';
import { MediaUpload } from '@/components/media/media-upload';
import { FollowControl } from '@/components/notify/follow-control';
import { SubscribeLink } from '@/components/schedule/subscribe-link';
import { UpcomingGames } from '@/components/schedule/upcoming-games';
import { SortableTable } from '@/components/ui/sortable-table';
import { pendingLinksOfTeam } from '@/lib/auth/grant-list';
import { teamInvitationsFor } from '@/lib/auth/invitation-page';
import { authorize } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { maskForReader, pageReader, readerMaySee } from '@/lib/basketball/page-league';
import { subscribePath } from '@/lib/basketball/schedule/feed-token';
import { upcomingGames } from '@/lib/basketball/schedule/queries';
import { seasonLabel } from '@/lib/basketball/seasons';
import { getTeamPage } from '@/lib/basketball/team-page';
import { todayIn } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { mayUploadFor, teamLogo } from '@/lib/media/page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ season?: string }> };

// One load per request for the title and the page.
const load = cache(async (rawId: string, rawSeason: string | undefined) => {
  const id = Number(rawId);
  return Number.isInteger(id) && id > 0 ? getTeamPage(id, Number(rawSeason) || undefined) : null;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const page = await load((await params).id, (await searchParams).season);
  return { title: page ? `${page.team.name} ${seasonLabel(page.season)}` : 'Team' };
}

export default async function TeamPage({ params, searchParams }: Props) {
  await connection();
  const page = await load((await params).id, (await searchParams).season);
  if (!page || (page.league && !(await readerMaySee(page.league)))) notFound();
  const { team, league, games, averages, trend } = page;
  const roster = await maskForReader(
    page.roster,
    (p) => p.playerId,
    (p, mask) => ({ ...p, playerName: mask(p.playerName) }),
  );
  const db = await getDb();
  const user = await getCurrentUser().catch(() => null);
  const [logo, mayUpload, upcoming, links, invitations] = await Promise.all([
    teamLogo(db, team.id),
    mayUploadFor(db, user, team.id),
    upcomingGames(db, { teamId: team.id }, todayIn('UTC'), 20),
    // Who may confirm a link (the team's coaches, its league's admins, site admins) sees those waiting.
    user && (await authorize(db, user, 'role-grants:manage', { kind: 'teams', teamIds: [team.id] }))
      ? pendingLinksOfTeam(db, team.id)
      : [],
    teamInvitationsFor(db, user, team.id),
  ]);
  const wins = games.filter((g) => g.winnerTeamId === team.id).length;
  const decided = games.filter((g) => g.winnerTeamId !== null).length;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <div className="flex items-center gap-3">
          {logo?.thumbnail_url ? (
            // biome-ignore lint/performance/noImgElement: an uploaded thumbnail, already small; no optimiser needed
            <img
              src={logo.thumbnail_url}
              alt={`${team.name} logo`}
              className="h-12 w-12 object-contain"
              data-testid="team-logo"
            />
          ) : null}
          <h1 className="text-2xl font-bold tracking-tight" data-testid="team-name">
            {team.name}
          </h1>
          <FollowControl kind="team" targetId={team.id} label={team.name} />
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {league ? (
            <>
              <Link
                href={`/basketball?league=${league.slug}`}
                className="text-brand-600 hover:underline dark:text-brand-500"
                data-testid="team-league"
              >
                {league.name}
              </Link>
              {team.conference || team.division ? ' · ' : ''}
            </>
          ) : null}
          {[team.conference ? `${team.conference}ern Conference` : null, team.division ? `${team.division} Division` : null]
            .filter(Boolean)
            .join(' · ')}
          {decided ? ` · ${seasonLabel(page.season)}: ${wins}-${decided - wins}` : ''}
        </p>
        <SeasonPicker seasons={page.seasons} current={page.season} base={`/basketball/teams/${team.id}`} />
        <SubscribeLink
          path={subscribePath(`/api/v1/basketball/teams/${team.id}/calendar.ics`, league, await pageReader())}
          label="Subscribe to this team's calendar"
        />
      </header>
      {links.length ? (
        <section className="space-y-2" aria-labelledby="team-links">
          <h2 id="team-links" className="text-lg font-semibold">
            Asking to be linked
          </h2>
          <PendingLinks
            links={links.map((l) => ({
              id: l.id,
              account: l.account,
              role: l.role,
              player: l.scope.name ?? `player ${l.scope.id}`,
            }))}
          />
        </section>
      ) : null}
      {upcoming.length ? (
        <section className="space-y-2" aria-labelledby="team-upcoming">
          <h2 id="team-upcoming" className="text-lg font-semibold">
            Upcoming
          </h2>
          <UpcomingGames games={upcoming} testId="team-upcoming" />
        </section>
      ) : null}
      {averages ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Team averages</h2>
          <dl className="grid grid-cols-3 gap-3 sm:grid-cols-6" data-testid="team-averages">
            {(
              [
                ['PTS', averages.averages.per_game.pts.toFixed(1)],
                ['REB', averages.averages.per_game.reb.toFixed(1)],
                ['AST', averages.averages.per_game.ast.toFixed(1)],
                ['FG%', averages.averages.fg_pct?.toFixed(3) ?? '–'],
                ['3P%', averages.averages.fg3_pct?.toFixed(3) ?? '–'],
                ['TS%', averages.averages.ts_pct?.toFixed(3) ?? '–'],
              ] as const
            ).map(([k, v]) => (
              <div key={k} className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
                <dt className="text-xs text-zinc-500">{k}</dt>
                <dd className="text-lg font-semibold tabular-nums">{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {trend.length > 1 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Scoring trend</h2>
          <TeamTrendChart points={trend} />
        </section>
      ) : null}
      {roster.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Roster</h2>
          <SortableTable
            testId="roster"
            initialSort={{ key: 'pts', dir: 'desc' }}
            columns={[
              { key: 'name', label: 'Player', format: 'text', hrefKey: 'href' },
              { key: 'gp', label: 'GP', format: 'int' },
              { key: 'min', label: 'MIN', format: 'dec1' },
              { key: 'pts', label: 'PTS', format: 'dec1' },
              { key: 'reb', label: 'REB', format: 'dec1' },
              { key: 'ast', label: 'AST', format: 'dec1' },
              { key: 'fg_pct', label: 'FG%', format: 'pct' },
            ]}
            rows={roster.map((p) => ({
              id: p.playerId,
              name: p.playerName,
              href: `/basketball/players/${p.playerId}`,
              gp: p.all.games_played,
              min: p.all.min,
              pts: p.all.per_game.pts,
              reb: p.all.per_game.reb,
              ast: p.all.per_game.ast,
              fg_pct: p.all.fg_pct,
            }))}
          />
        </section>
      ) : null}
      {mayUpload ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Add media</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A logo or photo (JPEG, PNG, WebP, up to 10 MB), a video (up to 100 MB) or a PDF (up to 20 MB). Photos lose their
            location and camera data.
          </p>
          <MediaUpload teamId={team.id} />
        </section>
      ) : null}
      {invitations ? (
        <TeamInvitations teamId={team.id} roles={invitations.roles} players={invitations.players} pending={invitations.pending} />
      ) : null}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Schedule and results</h2>
        <SortableTable
          testId="schedule"
          columns={[
            { key: 'date', label: 'Date', format: 'text', hrefKey: 'href' },
            { key: 'opponent', label: 'Opponent', format: 'text' },
            { key: 'result', label: 'Result', format: 'text' },
            { key: 'score', label: 'Score', format: 'text' },
          ]}
          rows={games.map((g) => {
            const home = g.home.id === team.id;
            const other = home ? g.away : g.home;
            const us = home ? g.homeScore : g.awayScore;
            const them = home ? g.awayScore : g.homeScore;
            return {
              id: g.id,
              date: g.date,
              href: `/basketball/games/${g.id}`,
              opponent: `${g.venueKnown ? (home ? 'vs' : '@') : 'v.'} ${other.name}`,
              result: g.winnerTeamId === null ? '' : g.winnerTeamId === team.id ? 'W' : 'L',
              score: us !== null && them !== null ? `${us}-${them}` : null,
            };
          })}
        />
      </section>
    </div>
  );
}
