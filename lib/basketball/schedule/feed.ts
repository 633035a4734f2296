// The calendar feeds' reads: who may have a league's or a team's feed, and the feed itself.
import { eq } from 'drizzle-orm';
import { bbTeams, type League } from '@/drizzle/schema';
import { addDays, todayIn } from '@/lib/dates';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { findLeague, mayView, type Viewer } from '@/lib/leagues/queries';
import { teamFullName } from '../team-name';
import { scheduleCalendar } from './ics';
import { calendarGames, type ScheduleScope } from './queries';

/** How far back a feed reaches: last month's results stay on the phone, older ones drop off. */
const FEED_DAYS_BACK = 30;

export interface Feed {
  body: string;
  league: League;
}

/**
 * The site's own address when configured (links and UIDs then never depend on the host a request
 * came through, so a phone subscribed via another name still sees the same events), else the request's.
 */
export function feedOrigin(requestUrl: string): string {
  const site = env().NEXTAUTH_URL;
  return site ? new URL(site).origin : new URL(requestUrl).origin;
}

async function feed(db: Db, league: League, scope: ScheduleScope, name: string, origin: string): Promise<Feed> {
  const since = addDays(todayIn('UTC'), -FEED_DAYS_BACK);
  const games = await calendarGames(db, scope, since);
  return { body: scheduleCalendar(games, { name, origin }), league };
}

export async function leagueFeed(db: Db, ref: string, viewer: Viewer, origin: string): Promise<Feed> {
  const league = await findLeague(db, ref);
  if (!league || !(await mayView(db, league, viewer))) throw new DomainError('not_found', `No league "${ref}".`);
  return feed(db, league, { leagueId: league.id }, league.name, origin);
}

export async function teamFeed(db: Db, teamId: number, viewer: Viewer, origin: string): Promise<Feed> {
  const [team] = await db.select().from(bbTeams).where(eq(bbTeams.id, teamId));
  const league = team ? await findLeague(db, team.leagueId) : undefined;
  if (!team || !league || !(await mayView(db, league, viewer))) throw new DomainError('not_found', 'No such team.');
  return feed(db, league, { teamId }, teamFullName(team.city, team.name), origin);
}

/** Public feeds may sit in shared caches for a few minutes; a members-only league's never. */
export function feedHeaders(league: League): Record<string, string> {
  return {
    'content-type': 'text/calendar; charset=utf-8',
    'cache-control': league.visibility === 'members' ? 'private, no-store' : 'public, max-age=300',
  };
}
