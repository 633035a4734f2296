// What a basketball league's own page shows: its teams and its current standings.
import type { League } from '@/drizzle/schema';
import { getDb } from '@/lib/db';
import { listTeams } from './api-queries';
import { getSeasonStandings } from './home-data';

export async function getLeaguePage(league: League) {
  const db = await getDb();
  const [teams, { season, standings }] = await Promise.all([
    listTeams(db, { after: null, limit: 200 }, { leagueId: league.id }),
    getSeasonStandings(league.id),
  ]);
  return { teams: teams.sort((a, b) => a.name.localeCompare(b.name)), season, standings };
}
