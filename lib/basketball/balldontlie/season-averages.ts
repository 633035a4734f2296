// /nba/v1/season_averages: per-game averages of one season (the newest with a result by default),
// computed as the public API computes them: only games with minutes count, percentages from totals.
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { cachedPlayerAverages } from '../cached-stats';
import { getLatestSeason } from '../latest';
import { formatMinutes } from '../stats';
import type { seasonAveragesQuery } from './params';
import { bdlLeagueId } from './queries';

export async function bdlSeasonAverages(db: Db, q: z.output<typeof seasonAveragesQuery>) {
  const leagueId = await bdlLeagueId(db);
  const season = q.season ?? (await getLatestSeason(db, leagueId));
  if (season === null) return { data: [] };
  const playerIds = [...new Set([...(q.player_id === undefined ? [] : [q.player_id]), ...(q.player_ids ?? [])])];
  const players = await cachedPlayerAverages({ leagueId, seasons: [season], playerIds, postseason: q.postseason });
  return {
    data: players.map((p) => ({
      games_played: p.all.games_played,
      player_id: p.playerId,
      season: p.season,
      min: formatMinutes(p.all.min),
      ...p.all.per_game,
      fg_pct: p.all.fg_pct,
      fg3_pct: p.all.fg3_pct,
      ft_pct: p.all.ft_pct,
    })),
  };
}
