import { createScheduleContract, listScheduleContract } from '@/lib/api/contracts/schedule';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { addToSchedule, leagueUpcoming, visibleBasketballLeague } from '@/lib/basketball/schedule/api';
import { scheduleGameJson } from '@/lib/basketball/schedule/view';
import { leagueCacheHeaders } from '@/lib/leagues/queries';

export const GET = apiRoute(listScheduleContract, async ({ db, principal, params }) => {
  const league = await visibleBasketballLeague(db, params.id, viewerOf(principal));
  const games = await leagueUpcoming(db, league);
  return { data: games.map(scheduleGameJson), headers: leagueCacheHeaders(league) };
});

export const POST = apiRoute(createScheduleContract, async ({ db, user, principal, params, body, requestId, ip, authorize }) => {
  const league = await visibleBasketballLeague(db, params.id, viewerOf(principal));
  await authorize({ kind: 'league', leagueId: league.id });
  const { created, duplicates } = await addToSchedule(db, { userId: user.id, requestId, ip }, league, body.games);
  return { data: { created: created.map(scheduleGameJson), duplicates } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
