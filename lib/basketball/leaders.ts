// Season leaders, qualified the way the league qualifies them. Per-game leaders need 70% of their
// team's games (the NBA's rule of 2013-14 to 2022-23: 58 of 82), percentage leaders a minimum of
// made shots scaled to the games played so far (300 FG, 82 3P, 125 FT over 82 games). A season in
// progress therefore qualifies players by what has been played, not by a fixed count.
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import type { CountingKey } from './stats';
import { getPlayerAverages, type RankableStat, statValue } from './stats-queries';

export const gamesShare = 0.7;
const fullSeason = 82;
const madeShots: Partial<Record<RankableStat, { key: CountingKey; full: number; label: string }>> = {
  fg_pct: { key: 'fgm', full: 300, label: 'field goals made' },
  fg3_pct: { key: 'fg3m', full: 82, label: 'three-pointers made' },
  ft_pct: { key: 'ftm', full: 125, label: 'free throws made' },
};

export type Qualifier =
  | { rule: 'share_of_team_games'; share: number; description: string }
  | { rule: 'made_shots'; stat: CountingKey; per_82_games: number; description: string }
  | { rule: 'min_games'; min_games: number; description: string };

export function qualifierOf(stat: RankableStat, minGames?: number): Qualifier {
  if (minGames !== undefined) {
    return { rule: 'min_games', min_games: minGames, description: `At least ${minGames} games played.` };
  }
  const made = madeShots[stat];
  if (made) {
    return {
      rule: 'made_shots',
      stat: made.key,
      per_82_games: made.full,
      description: `At least ${made.full} ${made.label} over 82 games, scaled to the games the player's team has played.`,
    };
  }
  return {
    rule: 'share_of_team_games',
    share: gamesShare,
    description: `At least ${gamesShare * 100}% of the team's games played (${Math.ceil(gamesShare * fullSeason)} of ${fullSeason}).`,
  };
}

/** Regular-season games each team has finished this season. */
async function teamGames(db: Db, season: number, leagueId: number): Promise<Map<number, number>> {
  const result = await db.execute(sql`
    select team_id as "teamId", count(*)::int as n from (
      select home_team_id as team_id from bb_games
      where league_id = ${leagueId} and season = ${season} and status = 'final' and not postseason
      union all
      select away_team_id from bb_games
      where league_id = ${leagueId} and season = ${season} and status = 'final' and not postseason
    ) x group by team_id`);
  return new Map(rowsOf<{ teamId: number; n: number }>(result).map((r) => [r.teamId, Number(r.n)]));
}

export interface LeadersOptions {
  leagueId: number;
  season: number;
  stat: RankableStat;
  minGames?: number;
  limit: number;
}

export async function getLeaders(db: Db, opts: LeadersOptions) {
  const players = await getPlayerAverages(db, { seasons: [opts.season], leagueId: opts.leagueId });
  const qualifier = qualifierOf(opts.stat, opts.minGames);
  const games = qualifier.rule === 'min_games' ? new Map<number, number>() : await teamGames(db, opts.season, opts.leagueId);
  const qualifies = (p: (typeof players)[number]) => {
    if (qualifier.rule === 'min_games') return p.all.games_played >= qualifier.min_games;
    // A traded player is measured against the busiest of his teams.
    const played = Math.max(0, ...p.teams.map((t) => games.get(t.teamId) ?? 0));
    if (qualifier.rule === 'made_shots') {
      return p.all.totals[qualifier.stat] >= Math.ceil((qualifier.per_82_games * played) / fullSeason);
    }
    return p.all.games_played >= Math.ceil(qualifier.share * played);
  };
  const leaders = players
    .filter((p) => statValue(p.all, opts.stat) !== null && qualifies(p))
    .sort((a, b) => (statValue(b.all, opts.stat) ?? 0) - (statValue(a.all, opts.stat) ?? 0) || a.playerId - b.playerId)
    .slice(0, opts.limit)
    .map((p, i) => ({
      rank: i + 1,
      player: { id: p.playerId, name: p.playerName },
      teams: p.teams.map((t) => t.abbreviation),
      value: statValue(p.all, opts.stat),
      gamesPlayed: p.all.games_played,
    }));
  return { leaders, qualifier, hasPlayerStats: players.length > 0 };
}

/** Seasons that have player box scores (some sources give team lines only). */
export async function seasonsWithPlayerStats(db: Db, leagueId: number): Promise<number[]> {
  const result = await db.execute(sql`
    select distinct g.season from bb_games g
    where g.league_id = ${leagueId} and exists (select 1 from bb_player_lines l where l.game_id = g.id)
    order by g.season desc`);
  return rowsOf<{ season: number }>(result).map((r) => Number(r.season));
}
