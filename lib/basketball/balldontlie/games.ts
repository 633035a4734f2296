// /nba/v1/games and /nba/v1/games/{id}.
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { listGamesById } from '../api-queries';
import { bdlPage } from './paging';
import type { gamesQuery } from './params';
import { bdlLeagueId, liveProgress } from './queries';
import { toBdlGame } from './shapes';

export async function bdlGames(db: Db, q: z.output<typeof gamesQuery>) {
  const rows = await listGamesById(
    db,
    {
      leagueId: await bdlLeagueId(db),
      dates: q.dates,
      seasons: q.seasons,
      teamIds: q.team_ids,
      startDate: q.start_date,
      endDate: q.end_date,
      postseason: q.postseason,
    },
    { after: q.cursor ?? null, limit: q.per_page + 1 },
  );
  const page = bdlPage(rows, q.per_page, (g) => g.id);
  const live = await liveProgress(
    db,
    page.data.map((g) => g.id),
  );
  return { data: page.data.map((g) => toBdlGame(g, live.get(g.id))), meta: page.meta };
}

export async function bdlGame(db: Db, id: number) {
  const [game] = await listGamesById(db, { leagueId: await bdlLeagueId(db), gameIds: [id] }, { after: null, limit: 1 });
  if (!game) throw new DomainError('not_found', `No game ${id}.`);
  const live = await liveProgress(db, [id]);
  return { data: toBdlGame(game, live.get(id)) };
}
