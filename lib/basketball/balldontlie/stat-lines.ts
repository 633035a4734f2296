// /nba/v1/stats: player box-score lines, keyset by line id. (Not stats.ts: that name is kept for pure rule files.)
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { listStatLines } from '../api-queries';
import { bdlPage } from './paging';
import type { statsQuery } from './params';
import { bdlLeagueId, liveProgress, playerCards } from './queries';
import { bdlLine, toBdlStatGame, toBdlStatPlayer, toBdlTeam } from './shapes';

export async function bdlStats(db: Db, q: z.output<typeof statsQuery>) {
  const rows = await listStatLines(
    db,
    {
      leagueId: await bdlLeagueId(db),
      playerIds: q.player_ids,
      gameIds: q.game_ids,
      dates: q.dates,
      seasons: q.seasons,
      startDate: q.start_date,
      endDate: q.end_date,
      postseason: q.postseason,
    },
    { after: q.cursor ?? null, limit: q.per_page + 1 },
  );
  const page = bdlPage(rows, q.per_page, (r) => r.line.id);
  const [cards, live] = await Promise.all([
    playerCards(
      db,
      page.data.map((r) => r.player.id),
    ),
    liveProgress(
      db,
      page.data.map((r) => r.game.id),
    ),
  ]);
  const data = page.data.flatMap((r) => {
    const card = cards.get(r.player.id);
    if (!card) return [];
    return [
      {
        id: r.line.id,
        ...bdlLine(r.line),
        player: toBdlStatPlayer(card),
        team: toBdlTeam(r.team),
        game: toBdlStatGame(r.game, live.get(r.game.id)),
      },
    ];
  });
  return { data, meta: page.meta };
}
