// /nba/v1/leaders: per-game leaders of a season, qualified as Statline's leader board qualifies them.
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { cachedLeaders } from '../cached-stats';
import { getLatestSeason } from '../latest';
import type { RankableStat } from '../stats-queries';
import type { leadersQuery } from './params';
import { bdlLeagueId, playerCards } from './queries';
import { type BdlStatType, toBdlPlayer } from './shapes';

const statOf: Record<BdlStatType, RankableStat> = {
  pts: 'pts',
  reb: 'reb',
  ast: 'ast',
  stl: 'stl',
  blk: 'blk',
  min: 'min',
  tov: 'turnover',
  oreb: 'oreb',
  dreb: 'dreb',
};

// Every qualified player of a full season fits (about 250 in an NBA season).
const MAX_LEADERS = 500;

export async function bdlLeaders(db: Db, q: z.output<typeof leadersQuery>) {
  const leagueId = await bdlLeagueId(db);
  const season = q.season ?? (await getLatestSeason(db, leagueId));
  if (season === null) return { data: [] };
  const { leaders } = await cachedLeaders({ leagueId, season, stat: statOf[q.stat_type], limit: MAX_LEADERS });
  const cards = await playerCards(
    db,
    leaders.map((l) => l.player.id),
  );
  return {
    data: leaders.flatMap((l) => {
      const card = cards.get(l.player.id);
      if (!card || l.value === null) return [];
      return [
        { player: toBdlPlayer(card), value: l.value, stat_type: q.stat_type, rank: l.rank, season, games_played: l.gamesPlayed },
      ];
    }),
  };
}
