import { teamCalendarContract } from '@/lib/api/contracts/schedule';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { feedHeaders, feedOrigin, teamFeed } from '@/lib/basketball/schedule/feed';
import { viewerOfToken } from '@/lib/basketball/schedule/feed-token';

export const GET = apiRoute(teamCalendarContract, async ({ req, db, principal, params, query }) => {
  const feed = await teamFeed(
    db,
    params.id,
    (query.token && (await viewerOfToken(db, query.token))) || viewerOf(principal),
    feedOrigin(req.url),
  );
  return { data: null, raw: new Response(feed.body, { headers: feedHeaders(feed.league) }) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
