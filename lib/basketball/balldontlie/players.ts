// /nba/v1/players, /nba/v1/players/active and /nba/v1/players/{id}.
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { minorIds } from '@/lib/leagues/privacy';
import { listPlayers } from '../api-queries';
import { getLatestSeason } from '../latest';
import { bdlPage } from './paging';
import type { playersQuery } from './params';
import { bdlLeagueId, playerCards } from './queries';
import { type BdlPlayer, toBdlPlayer } from './shapes';

type Query = z.output<typeof playersQuery>;

async function playerPage(db: Db, q: Query, seasons?: number[]) {
  const rows = await listPlayers(
    db,
    {
      leagueId: await bdlLeagueId(db),
      search: q.search,
      firstName: q.first_name,
      lastName: q.last_name,
      teamIds: q.team_ids,
      playerIds: q.player_ids,
      seasons,
    },
    { after: q.cursor ?? null, limit: q.per_page + 1 },
  );
  const page = bdlPage(rows, q.per_page, (p) => p.id);
  const cards = await playerCards(
    db,
    page.data.map((p) => p.id),
  );
  const data: BdlPlayer[] = page.data.flatMap((p) => {
    const card = cards.get(p.id);
    return card ? [toBdlPlayer(card)] : [];
  });
  return { data, meta: page.meta };
}

export const bdlPlayers = (db: Db, q: Query) => playerPage(db, q);

/** Active: on a roster in the newest season that has a result (with `team_ids[]`, on one of those teams that season). */
export async function bdlActivePlayers(db: Db, q: Query) {
  const season = await getLatestSeason(db, await bdlLeagueId(db));
  if (season === null) return { data: [], meta: { per_page: q.per_page } };
  return playerPage(db, q, [season]);
}

export async function bdlPlayer(db: Db, id: number) {
  const card = (await playerCards(db, [id])).get(id);
  // A youth league's player is nobody balldontlie's clients may look up.
  if (!card || (await minorIds(db, [id])).has(id)) throw new DomainError('not_found', `No player ${id}.`);
  return { data: toBdlPlayer(card) };
}
