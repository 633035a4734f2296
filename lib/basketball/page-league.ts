// The league a basketball page shows: `?league=` (id or slug) when the reader may see it, else the
// default (the pro league), and the leagues the picker offers this reader.
import type { League } from '@/drizzle/schema';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { isDomainError } from '@/lib/errors';
import { defaultLeague, listLeagues, resolveLeague } from '@/lib/leagues/queries';

export interface PageLeague {
  league: League;
  /** What the picker lists: public leagues and the reader's own (someone else's pickup games are not listed). */
  leagues: League[];
  /** Query parameters that keep this league in links (empty for the default league). */
  keep: Record<string, string>;
}

/** null when `asked` names no league this reader may see (the page answers 404). */
export async function pageLeague(asked: string | undefined): Promise<PageLeague | null> {
  const db = await getDb();
  const user = await getCurrentUser();
  const viewer = user ? { id: user.id, role: user.role } : null;
  let league: League;
  try {
    league = await resolveLeague(db, 'basketball', asked?.trim() || undefined, viewer);
  } catch (err) {
    if (isDomainError(err, 'not_found')) return null;
    throw err;
  }
  const all = await listLeagues(db, viewer, { sport: 'basketball' });
  const leagues = all.filter((l) => l.pickupOwnerId === null || l.pickupOwnerId === viewer?.id || l.id === league.id);
  const fallback = await defaultLeague(db, 'basketball');
  return { league, leagues, keep: fallback?.id === league.id ? {} : { league: league.slug } };
}
