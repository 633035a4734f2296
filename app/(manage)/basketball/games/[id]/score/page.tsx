import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Scorekeeper } from '@/components/basketball/live/scorekeeper';
import type { GameTeam } from '@/components/basketball/live/types';
import { authorize } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import type { ServerEvent } from '@/lib/basketball/client/local-game';
import type { GameSetup, Side } from '@/lib/basketball/live/state';
import { gameStream, readAll, toLogged } from '@/lib/basketball/scoring/project';
import { loadLiveGame } from '@/lib/basketball/scoring/read';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Scorekeeper' };

type LiveGame = NonNullable<Awaited<ReturnType<typeof loadLiveGame>>>;

/** The rules' setup with everyone now on either roster: players added after tip-off can play at once. */
function gameTeams(live: LiveGame): { setup: GameSetup; teams: Record<Side, GameTeam> } {
  const { game, roster, state } = live;
  const team = (side: Side): GameTeam => {
    const info = side === 'home' ? game.home : game.away;
    const ids = new Set([
      ...state.setup[side].player_ids,
      ...[...roster.values()].filter((r) => r.teamId === info.id).map((r) => r.id),
    ]);
    return {
      teamId: info.id,
      side,
      abbreviation: info.abbreviation,
      name: info.name,
      players: [...ids].map((id) => ({
        id,
        name: roster.get(id)?.name ?? `#${id}`,
        jersey: roster.get(id)?.jerseyNumber ?? null,
      })),
    };
  };
  const teams = { home: team('home'), visitor: team('visitor') };
  const setup: GameSetup = {
    ruleSet: state.setup.ruleSet,
    home: { team_id: teams.home.teamId, player_ids: teams.home.players.map((p) => p.id) },
    visitor: { team_id: teams.visitor.teamId, player_ids: teams.visitor.players.map((p) => p.id) },
  };
  return { setup, teams };
}

export default async function ScorePage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requireUser(`/basketball/games/${raw}/score`);
  const id = Number(raw);
  const db = await getDb();
  const live = Number.isInteger(id) && id > 0 ? await loadLiveGame(db, id, user) : null;
  if (!live) notFound();
  const { game } = live;
  const allowed = await authorize(db, user, 'basketball-game:score', { kind: 'teams', teamIds: [game.home.id, game.away.id] });
  const title = `${game.away.abbreviation} @ ${game.home.abbreviation}`;
  if (!allowed) {
    return (
      <div className="max-w-xl space-y-3" data-testid="score-forbidden">
        <h1 className="text-2xl font-bold tracking-tight">You cannot score {title}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Only an admin or a coach of one of its teams records its plays. You can still{' '}
          <Link href={`/basketball/live/${id}`} className="text-brand-600 hover:underline dark:text-brand-500">
            follow it live
          </Link>
          .
        </p>
      </div>
    );
  }
  const events: ServerEvent[] = (await readAll(db, gameStream(id))).map((e) => ({ ...toLogged(e), id: e.id }) as ServerEvent);
  const { setup, teams } = gameTeams(live);
  return (
    <div className="mx-auto max-w-xl space-y-3">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-lg font-bold tracking-tight">
          Scoring {title} <span className="text-sm font-normal text-zinc-500">{game.date}</span>
        </h1>
        <nav className="flex gap-3 text-sm">
          <Link href="/basketball/scorebook" className="text-brand-600 hover:underline dark:text-brand-500">
            Scorebook
          </Link>
          <Link href={`/basketball/live/${id}`} className="text-brand-600 hover:underline dark:text-brand-500">
            Spectator view
          </Link>
        </nav>
      </header>
      <Scorekeeper gameId={id} setup={setup} teams={teams} initialEvents={events} />
    </div>
  );
}
