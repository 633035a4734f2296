// /nba/v1/standings. Statline does not count conference and division records, so those are null;
// the division rank is the team's place among its division in the standings' order.
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { cachedStandings } from '../cached-stats';
import { getLatestSeason } from '../latest';
import type { standingsQuery } from './params';
import { bdlLeagueId, teamsById } from './queries';
import { record, toBdlTeam } from './shapes';

export async function bdlStandings(db: Db, q: z.output<typeof standingsQuery>) {
  const leagueId = await bdlLeagueId(db);
  const season = q.season ?? (await getLatestSeason(db, leagueId));
  if (season === null) return { data: [] };
  const standings = await cachedStandings(season, leagueId);
  const teams = await teamsById(
    db,
    standings.map((s) => s.teamId),
  );
  const seenInDivision = new Map<string, number>();
  return {
    data: standings.map((s) => {
      let divisionRank: number | null = null;
      if (s.division) {
        divisionRank = (seenInDivision.get(s.division) ?? 0) + 1;
        seenInDivision.set(s.division, divisionRank);
      }
      const team = teams.get(s.teamId) ?? { id: s.teamId, ...s };
      return {
        team: toBdlTeam(team),
        conference_record: null,
        conference_rank: s.conferenceRank,
        division_record: null,
        division_rank: divisionRank,
        wins: s.wins,
        losses: s.losses,
        home_record: record(s.home),
        road_record: record(s.away),
        season,
      };
    }),
  };
}
