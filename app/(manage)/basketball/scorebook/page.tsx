import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GameForm } from '@/components/basketball/live/game-form';
import { MyGames } from '@/components/basketball/live/my-games';
import { MyTeams } from '@/components/basketball/live/my-teams';
import { PlayerForm } from '@/components/basketball/live/player-form';
import { TeamForm } from '@/components/basketball/live/team-form';
import { scorableTeamIds } from '@/lib/auth/grants';
import { mayDo, scopeOf } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { seasonOfDate } from '@/lib/basketball/player-game-log';
import { listAllTeams, listManagedTeams, listRosters, listScoredGames } from '@/lib/basketball/scoring/scorebook';
import { todayIn } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { leaguesRunBy } from '@/lib/leagues/queries';

export const metadata: Metadata = { title: 'Scorebook' };

export default async function ScorebookPage() {
  const user = await requireUser('/basketball/scorebook');
  const db = await getDb();
  // Who scores nothing (no base role or grant that scores) finds no page: a fan who coaches one team
  // by a grant has one, a player without any grant does not.
  if (!(await mayDo(db, user, 'basketball-game:score'))) notFound();
  const today = todayIn(env().DEFAULT_TIME_ZONE);
  const myTeams = await listManagedTeams(db, user);
  const myTeamIds = myTeams.map((t) => t.id);
  const site = scopeOf(user.role, 'basketball-game:score') === 'site';
  const [allTeams, rosters, games, leagues, createsTeams, createsGames] = await Promise.all([
    listAllTeams(db),
    listRosters(db, myTeamIds, seasonOfDate(today)),
    listScoredGames(db, site ? 'all' : [...new Set([...myTeamIds, ...(await scorableTeamIds(db, user.id))])]),
    leaguesRunBy(db, user, 'basketball'),
    mayDo(db, user, 'basketball-team:create'),
    mayDo(db, user, 'basketball-game:create'),
  ]);
  const teams = myTeams.map((t) => ({ ...t, players: rosters.filter((r) => r.teamId === t.id) }));
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Scorebook</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Your teams, their players and their games. Score a game play by play from your phone; share its spectator link.
        </p>
      </header>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Games</h2>
        <MyGames games={games} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">My teams</h2>
        <MyTeams teams={teams} />
      </section>
      {createsGames ? <GameForm myTeams={myTeams} allTeams={allTeams} today={today} /> : null}
      <PlayerForm teams={myTeams} />
      {createsTeams ? <TeamForm leagues={leagues.map((l) => ({ id: l.id, name: l.name }))} /> : null}
    </div>
  );
}
