import { feedContract } from '@/lib/api/contracts/notify';
import { apiRoute } from '@/lib/api/route';
import { followFeed } from '@/lib/basketball/follow-feed';
import { visibleLeagueIds } from '@/lib/leagues/queries';

export const GET = apiRoute(feedContract, async ({ db, user }) => {
  const visibleLeagues = await visibleLeagueIds(db, user);
  const today = new Date().toISOString().slice(0, 10);
  return { data: await followFeed(db, user, { visibleLeagues, today }), headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
