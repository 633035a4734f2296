import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { boxCells, boxColumns, boxFooter } from '@/components/basketball/box-columns';
import { GameConfirmation } from '@/components/basketball/game-confirmation';
import { LineScore } from '@/components/basketball/line-score';
import { SortableTable } from '@/components/ui/sortable-table';
import { getCurrentUser } from '@/lib/auth/session';
import { getGame } from '@/lib/basketball/api-queries';
import { gameDateLabel, gameTitle } from '@/lib/basketball/game-title';
import { sumLines } from '@/lib/basketball/line-totals';
import { lineScore } from '@/lib/basketball/live/line-score';
import { maskForReader, readerMaySeeLeagueOf } from '@/lib/basketball/page-league';
import { mayAnswerFor } from '@/lib/basketball/scoring/confirmation';
import { liveGameState } from '@/lib/basketball/scoring/read';
import { seasonLabel } from '@/lib/basketball/seasons';
import { getDb } from '@/lib/db';

// A shared link names the game: "BOS 112–104 NYK · Jan 3, 2025".
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = Number((await params).id);
  const found = Number.isInteger(id) && id > 0 ? await getGame(await getDb(), id) : null;
  const shown = found && (await readerMaySeeLeagueOf(found.game.leagueId));
  return { title: shown ? `${gameTitle(found.game)} · Box score` : 'Box score' };
}

export default async function GamePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = Number((await params).id);
  const db = await getDb();
  const found = Number.isInteger(id) && id > 0 ? await getGame(db, id) : null;
  if (!found || !(await readerMaySeeLeagueOf(found.game.leagueId))) notFound();
  const live = await liveGameState(db, id);
  const user = await getCurrentUser();
  const { game, teamLines } = found;
  const playerLines = await maskForReader(
    found.playerLines,
    (l) => l.player.id,
    (l, mask) => ({ ...l, player: { ...l.player, name: mask(l.player.name) } }),
  );
  const sides = [game.away, game.home];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-zinc-500">
          {gameDateLabel(game.date)} · {seasonLabel(game.season)} {game.postseason ? 'playoffs' : 'regular season'}
        </p>
        <h1 className="flex flex-wrap items-baseline gap-x-4 text-2xl font-bold tracking-tight" data-testid="scoreline">
          {sides.map((t, i) => {
            const score = t.id === game.home.id ? game.homeScore : game.awayScore;
            const won = game.winnerTeamId === t.id;
            return (
              <span key={t.id} className={won ? '' : 'text-zinc-500'}>
                {i === 1 ? (game.venueKnown ? '@ ' : 'vs ') : ''}
                <Link href={`/basketball/teams/${t.id}`} className="hover:underline">
                  {t.name}
                </Link>{' '}
                <span className="tabular-nums">{score ?? (won ? 'W' : 'L')}</span>
              </span>
            );
          })}
        </h1>
        {game.venueKnown ? null : (
          <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="score-note">
            {game.homeScore === null
              ? "The source of this game records no venue and no final score, and its players' points do not add up to the winner it states."
              : "The source of this game records no venue; the score is the sum of the players' points."}
          </p>
        )}
        {game.confirmTeamId && game.confirmation ? (
          <GameConfirmation
            gameId={id}
            teamName={game.confirmTeamId === game.home.id ? game.home.name : game.away.name}
            status={game.confirmation}
            mayAnswer={user ? await mayAnswerFor(db, user, game.confirmTeamId) : false}
          />
        ) : null}
        {live ? (
          <Link href={`/basketball/live/${id}`} className="text-sm text-brand-600 hover:underline dark:text-brand-500">
            {game.status === 'final' ? 'Play-by-play, shot chart and game flow →' : 'Follow live →'}
          </Link>
        ) : null}
      </header>
      {live ? (
        <LineScore line={lineScore(live)} names={{ home: game.home.abbreviation, visitor: game.away.abbreviation }} />
      ) : null}
      {sides.map((team) => {
        const lines = playerLines.filter((p) => p.line.teamId === team.id);
        const teamLine = teamLines.find((t) => t.teamId === team.id);
        const totals = teamLine ?? sumLines(lines.map((l) => l.line));
        if (lines.length === 0 && !totals) return null;
        return (
          <section key={team.id} className="space-y-2">
            <h2 className="text-lg font-semibold">{team.name}</h2>
            {lines.length > 0 ? (
              <SortableTable
                testId={`box-${team.abbreviation}`}
                columns={[{ key: 'player', label: 'Player', format: 'text', hrefKey: 'href' }, ...boxColumns]}
                rows={lines.map(({ line, player }) => ({
                  id: line.id,
                  player: player.name,
                  href: `/basketball/players/${player.id}`,
                  ...boxCells(line),
                }))}
                footer={boxFooter(totals, { reb: teamLine?.teamReb ?? null, turnover: teamLine?.teamTov ?? null })}
              />
            ) : null}
            {totals ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid={`team-totals-${team.abbreviation}`}>
                Team: {totals.pts} pts · FG {totals.fgm}-{totals.fga} · 3P {totals.fg3m}-{totals.fg3a} · FT {totals.ftm}-
                {totals.fta} · {totals.reb} reb · {totals.ast} ast · {totals.turnover} TOV
                {teamLine?.teamReb ? ` · team rebounds ${teamLine.teamReb} (not in REB)` : ''}
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
