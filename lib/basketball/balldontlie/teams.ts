// /nba/v1/teams and /nba/v1/teams/{id}.
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { getTeam, listTeams } from '../api-queries';
import { bdlPage } from './paging';
import type { teamsQuery } from './params';
import { bdlLeagueId } from './queries';
import { toBdlTeam } from './shapes';

export async function bdlTeams(db: Db, q: z.output<typeof teamsQuery>) {
  const rows = await listTeams(
    db,
    { after: q.cursor ?? null, limit: q.per_page + 1 },
    { leagueId: await bdlLeagueId(db), conference: q.conference, division: q.division },
  );
  const page = bdlPage(rows, q.per_page, (t) => t.id);
  return { data: page.data.map(toBdlTeam), meta: page.meta };
}

export async function bdlTeam(db: Db, id: number) {
  const team = await getTeam(db, id);
  if (!team || team.leagueId !== (await bdlLeagueId(db))) throw new DomainError('not_found', `No team ${id}.`);
  return { data: toBdlTeam(team) };
}
