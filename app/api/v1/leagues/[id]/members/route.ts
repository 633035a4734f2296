import { z } from 'zod';
import { listLeagueMembersContract } from '@/lib/api/contracts/role-grants';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { grantJson, leagueMembers } from '@/lib/auth/grant-list';
import { viewerOf } from '@/lib/auth/principal';
import { DomainError } from '@/lib/errors';
import { findLeague, mayView } from '@/lib/leagues/queries';

export const GET = apiRoute(listLeagueMembersContract, async ({ db, principal, params, query, authorize }) => {
  const league = await findLeague(db, params.id);
  if (!league || !(await mayView(db, league, viewerOf(principal)))) {
    throw new DomainError('not_found', `No league "${params.id}".`);
  }
  await authorize({ kind: 'league', leagueId: league.id });
  const after = decodeCursor(query.cursor, z.tuple([z.string(), z.uuid()]));
  const rows = await leagueMembers(db, league.id, { after, limit: query.per_page + 1 });
  const page = pageOf(rows, query.per_page, (r) => [r.account.email, r.id]);
  return { data: page.data.map(grantJson), meta: page.meta, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
