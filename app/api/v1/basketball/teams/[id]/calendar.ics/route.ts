import { teamCalendarContract } from '@/lib/api/contracts/schedule';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { feedHeaders, feedOrigin, teamFeed } from '@/lib/basketball/schedule/feed';

export const GET = apiRoute(teamCalendarContract, async ({ req, db, principal, params }) => {
  const feed = await teamFeed(db, params.id, viewerOf(principal), feedOrigin(req.url));
  return { data: null, raw: new Response(feed.body, { headers: feedHeaders(feed.league) }) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
