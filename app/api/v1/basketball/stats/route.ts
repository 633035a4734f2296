import { z } from 'zod';
import { listStatsContract } from '@/lib/api/contracts/basketball';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { listStatLines } from '@/lib/basketball/api-queries';
import { toBoxLine, toTeam } from '@/lib/basketball/api-views';
import { maskMinors, privateIfMinors } from '@/lib/leagues/privacy';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(listStatsContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'basketball', query.league, viewerOf(principal));
  const after = decodeCursor(query.cursor, z.tuple([z.number().int()]));
  const rows = await listStatLines(
    db,
    {
      leagueId: lg.id,
      playerIds: query.player_ids,
      gameIds: query.game_ids,
      dates: query.dates,
      seasons: query.seasons,
      teamIds: query.team_ids,
      startDate: query.start_date,
      endDate: query.end_date,
      postseason: query.postseason,
    },
    { after: after?.[0] ?? null, limit: query.per_page + 1 },
  );
  const page = pageOf(rows, query.per_page, (r) => [r.line.id]);
  const lines = await maskMinors(
    db,
    viewerOf(principal),
    page.data,
    (r) => r.player.id,
    (r, mask) => ({ ...r, player: { ...r.player, name: mask(r.player.name) } }),
  );
  return {
    headers: privateIfMinors(leagueCacheHeaders(lg), lg, viewerOf(principal)),
    data: lines.map((r) => ({
      id: r.line.id,
      ...toBoxLine(r.line),
      player: r.player,
      team: toTeam(r.team),
      game: { id: r.game.id, date: r.game.date, season: r.game.season, postseason: r.game.postseason },
    })),
    meta: page.meta,
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
