// What the prediction routes share: the league a request is about (one its caller may see), and
// today's date where a request names none.

import { todayIn } from '@/lib/dates';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { defaultLeague, mayViewLeagueOf, type Viewer } from '@/lib/leagues/queries';

export async function predictionLeague(db: Db, viewer: Viewer, leagueId?: number): Promise<number> {
  const id = leagueId ?? (await defaultLeague(db, 'basketball'))?.id;
  if (id === undefined || !(await mayViewLeagueOf(db, id, viewer))) {
    throw new DomainError('not_found', leagueId === undefined ? 'No basketball league yet.' : `No league ${leagueId}.`);
  }
  return id;
}

/** A matchup's league must be one the caller may see: a members-only league's form is its members'. */
export async function requireVisibleLeague(db: Db, viewer: Viewer, leagueId: number): Promise<void> {
  if (!(await mayViewLeagueOf(db, leagueId, viewer))) throw new DomainError('not_found', 'No such teams.');
}

export const today = () => todayIn(env().DEFAULT_TIME_ZONE);
