import { createLeagueContract, listLeaguesContract } from '@/lib/api/contracts/leagues';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { listLeagues } from '@/lib/leagues/queries';
import { leagueView } from '@/lib/leagues/view';
import { createLeague } from '@/lib/leagues/write';

export const GET = apiRoute(listLeaguesContract, async ({ db, principal, query }) => {
  const viewer = viewerOf(principal);
  const leagues = (await listLeagues(db, viewer, { sport: query.sport })).filter(
    (l) => (query.level === undefined || l.level === query.level) && (l.pickupOwnerId === null || l.pickupOwnerId === viewer?.id),
  );
  return {
    data: await Promise.all(leagues.map((l) => leagueView(db, l))),
    headers: viewer ? { 'cache-control': 'private, no-store' } : undefined,
  };
});

export const POST = apiRoute(createLeagueContract, async ({ db, user, body, requestId, ip }) => {
  const league = await createLeague(db, { userId: user.id, requestId, ip }, body);
  return { data: await leagueView(db, league) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
