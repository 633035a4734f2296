// The league a basketball page shows: `?league=` (id or slug) when the reader may see it, else the
// default (the pro league), and the leagues the picker offers this reader.
import type { League } from '@/drizzle/schema';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { isDomainError } from '@/lib/errors';
import { hiddenMinorIds, maskMinors } from '@/lib/leagues/privacy';
import { defaultLeague, listLeagues, mayView, mayViewLeagueOf, resolveLeague } from '@/lib/leagues/queries';

export interface PageLeague {
  league: League;
  /** What the picker lists: public leagues and the reader's own (someone else's pickup games are not listed). */
  leagues: League[];
  /** Query parameters that keep this league in links (empty for the default league). */
  keep: Record<string, string>;
}

/** Who reads the page, for members-only leagues and youth privacy. */
export async function pageReader(): Promise<{ id: string; role: string } | null> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}

/** May the reader of this page see the league (members-only leagues: only its members and admins)? */
export async function readerMaySee(league: League): Promise<boolean> {
  if (league.visibility === 'public') return true;
  const user = await getCurrentUser();
  return mayView(await getDb(), league, user ? { id: user.id, role: user.role } : null);
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

/** Names of minors the page's reader may not see, as initials (lib/leagues/privacy.ts). */
export async function maskForReader<T>(
  items: T[],
  idOf: (item: T) => number,
  withName: (item: T, mask: (real: string) => string) => T,
): Promise<T[]> {
  return maskMinors(await getDb(), await pageReader(), items, idOf, withName);
}

/** Of these players, the minors the page's reader may not see. */
export async function hiddenFromReader(playerIds: number[]): Promise<Set<number>> {
  return hiddenMinorIds(await getDb(), await pageReader(), playerIds);
}

/** May the page's reader see what belongs to this league (a game)? */
export async function readerMaySeeLeagueOf(leagueId: number): Promise<boolean> {
  return mayViewLeagueOf(await getDb(), leagueId, await pageReader());
}
