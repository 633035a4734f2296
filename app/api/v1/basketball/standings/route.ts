import { standingsContract } from '@/lib/api/contracts/basketball';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { toTeam } from '@/lib/basketball/api-views';
import { cachedInLeague } from '@/lib/basketball/cached-stats';
import { getStandings } from '@/lib/basketball/standings';
import { leagueCacheHeaders, visibleOrNotFound } from '@/lib/leagues/queries';

export const GET = apiRoute(standingsContract, async ({ db, principal, query }) => {
  const found = await cachedInLeague(query.league, `standings:${query.season}`, (db, l) => getStandings(db, query.season, l.id));
  const lg = await visibleOrNotFound(db, found.league, 'basketball', query.league, viewerOf(principal));
  const standings = found.value ?? [];
  return {
    headers: leagueCacheHeaders(lg),
    data: standings.map((s) => ({
      team: toTeam({ id: s.teamId, abbreviation: s.abbreviation, name: s.name, conference: s.conference, division: s.division }),
      wins: s.wins,
      losses: s.losses,
      pct: s.pct,
      games_behind: s.gamesBehind,
      conference_rank: s.conferenceRank,
      conference_games_behind: s.conferenceGamesBehind,
      home: s.home,
      away: s.away,
      last_ten: s.lastTen,
      streak: s.streak,
    })),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
