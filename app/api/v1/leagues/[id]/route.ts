import { getLeagueContract, updateLeagueContract } from '@/lib/api/contracts/leagues';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { DomainError } from '@/lib/errors';
import { findLeague, leagueCacheHeaders, mayView } from '@/lib/leagues/queries';
import { leagueView } from '@/lib/leagues/view';
import { updateLeague } from '@/lib/leagues/write';

export const GET = apiRoute(getLeagueContract, async ({ db, principal, params }) => {
  const league = await findLeague(db, params.id);
  if (!league || !(await mayView(db, league, viewerOf(principal)))) {
    throw new DomainError('not_found', `No league "${params.id}".`);
  }
  return { data: await leagueView(db, league), headers: leagueCacheHeaders(league) };
});

export const PATCH = apiRoute(updateLeagueContract, async ({ db, user, principal, params, body, requestId, ip, authorize }) => {
  const league = await findLeague(db, params.id);
  if (!league || !(await mayView(db, league, viewerOf(principal)))) {
    throw new DomainError('not_found', `No league "${params.id}".`);
  }
  await authorize({ kind: 'league', leagueId: league.id });
  const updated = await updateLeague(db, { userId: user.id, requestId, ip }, league.id, body);
  return { data: await leagueView(db, updated) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
