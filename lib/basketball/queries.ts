// Basketball reads over the games table. Query functions take the database first.

import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bbGames, bbTeams } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';

export const gamesTag = 'bb:games';

export interface GameResult {
  id: number;
  date: string;
  season: number;
  home: { abbreviation: string; name: string; score: number | null };
  away: { abbreviation: string; name: string; score: number | null };
}

/** The final games of the most recent day that has any. */
export async function getLatestResults(db: Db, limit = 8): Promise<GameResult[]> {
  const home = alias(bbTeams, 'home');
  const away = alias(bbTeams, 'away');
  const rows = await db
    .select({
      id: bbGames.id,
      date: bbGames.date,
      season: bbGames.season,
      homeAbbr: home.abbreviation,
      homeName: home.name,
      homeScore: bbGames.homeScore,
      awayAbbr: away.abbreviation,
      awayName: away.name,
      awayScore: bbGames.awayScore,
    })
    .from(bbGames)
    .innerJoin(home, eq(home.id, bbGames.homeTeamId))
    .innerJoin(away, eq(away.id, bbGames.awayTeamId))
    .where(sql`${bbGames.date} = (select max(date) from ${bbGames} where status = 'final') and ${bbGames.status} = 'final'`)
    .orderBy(desc(bbGames.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    season: r.season,
    home: { abbreviation: r.homeAbbr, name: r.homeName, score: r.homeScore },
    away: { abbreviation: r.awayAbbr, name: r.awayName, score: r.awayScore },
  }));
}

export interface TeamRecord {
  teamId: number;
  abbreviation: string;
  name: string;
  wins: number;
  losses: number;
}

/** Win-loss records of one regular season from final scores, best first. */
export async function getSeasonRecords(db: Db, season: number): Promise<TeamRecord[]> {
  const result = await db.execute(sql`
    with sides as (
      select home_team_id as team_id, (home_score > away_score) as won from ${bbGames}
        where season = ${season} and status = 'final' and not postseason
      union all
      select away_team_id, (away_score > home_score) from ${bbGames}
        where season = ${season} and status = 'final' and not postseason
    )
    select t.id as "teamId", t.abbreviation, t.name,
           count(*) filter (where s.won)::int as wins,
           count(*) filter (where not s.won)::int as losses
    from sides s join ${bbTeams} t on t.id = s.team_id
    group by t.id, t.abbreviation, t.name
    order by (count(*) filter (where s.won))::float / count(*) desc,
             count(*) filter (where s.won) desc, t.abbreviation`);
  return rowsOf<TeamRecord>(result);
}

export async function getLatestSeason(db: Db): Promise<number | null> {
  const [row] = await db.select({ season: sql<number | null>`max(${bbGames.season})` }).from(bbGames);
  return row?.season ?? null;
}
