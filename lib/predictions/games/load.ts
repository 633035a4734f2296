// A league's final games with scores (and box-score lines where stored), oldest first: the input
// of the feature engine. Games whose venue or score is unknown (player-log-only games) are left out.
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '@/lib/db/client';
import type { BoxLine, GameResult } from './features';

interface Row {
  id: number;
  season: number;
  date: string;
  home_team_id: number;
  away_team_id: number;
  home_score: number;
  away_score: number;
  postseason: boolean;
  home_box: BoxLine | null;
  away_box: BoxLine | null;
}

const box = (alias: string) =>
  sql.raw(`case when ${alias}.id is null then null else json_build_object(
    'fgm', ${alias}.fgm, 'fga', ${alias}.fga, 'fg3m', ${alias}.fg3m, 'ftm', ${alias}.ftm, 'fta', ${alias}.fta,
    'oreb', ${alias}.oreb, 'dreb', ${alias}.dreb, 'turnover', ${alias}.turnover) end`);

export async function loadLeagueGames(db: Db, leagueId: number): Promise<GameResult[]> {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select g.id, g.season, g.date::text as date, g.home_team_id, g.away_team_id, g.home_score, g.away_score,
        g.postseason, ${box('hl')} as home_box, ${box('al')} as away_box
      from bb_games g
      left join bb_team_lines hl on hl.game_id = g.id and hl.team_id = g.home_team_id
      left join bb_team_lines al on al.game_id = g.id and al.team_id = g.away_team_id
      where g.league_id = ${leagueId} and g.status = 'final' and g.venue_known
        and g.home_score is not null and g.away_score is not null and g.home_score <> g.away_score
      order by g.date, g.id`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    season: Number(r.season),
    date: r.date,
    homeTeamId: Number(r.home_team_id),
    awayTeamId: Number(r.away_team_id),
    homeScore: Number(r.home_score),
    awayScore: Number(r.away_score),
    postseason: r.postseason,
    home: typeof r.home_box === 'string' ? JSON.parse(r.home_box) : r.home_box,
    away: typeof r.away_box === 'string' ? JSON.parse(r.away_box) : r.away_box,
  }));
}

export interface TeamName {
  id: number;
  abbreviation: string;
  name: string;
}

export async function loadLeagueTeams(db: Db, leagueId: number): Promise<TeamName[]> {
  return rowsOf<TeamName>(
    await db.execute(sql`select id, abbreviation, name from bb_teams where league_id = ${leagueId} order by id`),
  ).map((t) => ({ ...t, id: Number(t.id) }));
}
