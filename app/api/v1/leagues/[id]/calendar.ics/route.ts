import { leagueCalendarContract } from '@/lib/api/contracts/schedule';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { feedHeaders, feedOrigin, leagueFeed } from '@/lib/basketball/schedule/feed';

export const GET = apiRoute(leagueCalendarContract, async ({ req, db, principal, params }) => {
  const feed = await leagueFeed(db, params.id, viewerOf(principal), feedOrigin(req.url));
  return { data: null, raw: new Response(feed.body, { headers: feedHeaders(feed.league) }) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
