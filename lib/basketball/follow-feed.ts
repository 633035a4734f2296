// "My Statline": the games of what a user follows (teams, every team of a followed league, and the
// teams a followed player plays for): live now with the running score from the live projection,
// upcoming, and recent finals. Games of leagues the user may not see are left out, and so are the
// teams of a followed player who is a minor the user may not see (lib/leagues/privacy.ts).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { hiddenMinorIds } from '@/lib/leagues/privacy';

export interface FeedGame {
  id: number;
  date: string;
  status: 'scheduled' | 'live' | 'final';
  league_id: number;
  period: number | null;
  home: { id: number; name: string; score: number | null };
  away: { id: number; name: string; score: number | null };
}

export interface Feed {
  live: FeedGame[];
  upcoming: FeedGame[];
  recent: FeedGame[];
}

interface Row {
  id: number;
  date: string;
  status: FeedGame['status'];
  league_id: number;
  home_team_id: number;
  away_team_id: number;
  home_name: string;
  away_name: string;
  home_score: number | null;
  away_score: number | null;
  live_home: number | string | null;
  live_away: number | string | null;
  period: number | string | null;
}

const num = (v: number | string | null) => (v === null || v === undefined ? null : Number(v));

function toGame(r: Row): FeedGame {
  const live = r.status === 'live';
  return {
    id: r.id,
    date: String(r.date).slice(0, 10),
    status: r.status,
    league_id: r.league_id,
    period: live ? num(r.period) : null,
    home: { id: r.home_team_id, name: r.home_name, score: live ? (num(r.live_home) ?? 0) : r.home_score },
    away: { id: r.away_team_id, name: r.away_name, score: live ? (num(r.live_away) ?? 0) : r.away_score },
  };
}

/**
 * The followed players the user may see. A follow of a hidden minor is refused, but a player can
 * join a youth roster, or the user leave the team's scope, after following: their teams would say
 * where the minor plays.
 */
async function visibleFollowedPlayers(db: Db, viewer: { id: string; role: string }): Promise<number[]> {
  const res = await db.execute(
    sql`select target_id::int as id from follows where user_id = ${viewer.id}::uuid and target_kind = 'player'`,
  );
  const ids = rowsOf<{ id: number }>(res).map((r) => Number(r.id));
  const hidden = await hiddenMinorIds(db, viewer, ids);
  return ids.filter((id) => !hidden.has(id));
}

/**
 * `visibleLeagues`: the league ids the user may see, undefined for every league (site admins).
 * `today`: the date upcoming games start from (UTC date string).
 */
export async function followFeed(
  db: Db,
  viewer: { id: string; role: string },
  opts: { visibleLeagues?: readonly number[]; today: string; limit?: number },
): Promise<Feed> {
  const userId = viewer.id;
  const limit = opts.limit ?? 10;
  const players = `{${(await visibleFollowedPlayers(db, viewer)).join(',')}}`;
  const leagueFilter = opts.visibleLeagues ? sql`and g.league_id = any(${`{${opts.visibleLeagues.join(',')}}`}::int[])` : sql``;
  // The followed teams, and the leagues followed; a game is followed through either. Each followed
  // team or league gives at most `limit` games from its own index (team, date) or (league, season,
  // date), so the cost grows with the follows, not with the teams' histories. A followed player
  // brings the teams of their latest season's rosters and the team of their latest box score line
  // (imported players may have lines but no roster): where they play now, not every old team.
  const list = (cond: SQL, dir: 'asc' | 'desc') => {
    const d = sql.raw(dir);
    return sql`
    with fp as (select unnest(${players}::int[]) as id),
         pt as (
           select r.team_id as id from fp join bb_rosters r on r.player_id = fp.id
             and r.season = (select max(r2.season) from bb_rosters r2 where r2.player_id = fp.id)
           union select x.team_id from fp, lateral (
             select l.team_id from bb_player_lines l join bb_games lg on lg.id = l.game_id
             where l.player_id = fp.id order by lg.date desc, lg.id desc limit 1) x
         ),
         ft as (select target_id::int as id from follows where user_id = ${userId}::uuid and target_kind = 'team'
                union select id from pt),
         fl as (select target_id::int as id from follows where user_id = ${userId}::uuid and target_kind = 'league'),
         fg as (
           select x.id from ft, lateral (
             select g.id from bb_games g where g.home_team_id = ft.id and ${cond} order by g.date ${d} limit ${limit}) x
           union select x.id from ft, lateral (
             select g.id from bb_games g where g.away_team_id = ft.id and ${cond} order by g.date ${d} limit ${limit}) x
           union select x.id from fl, lateral (
             select g.id from bb_games g where g.league_id = fl.id and ${cond} order by g.season ${d}, g.date ${d} limit ${limit}) x
         )
    select g.id, g.date, g.status, g.league_id, g.home_team_id, g.away_team_id, h.name as home_name, a.name as away_name,
           g.home_score, g.away_score, lg.state->'score'->>'home' as live_home, lg.state->'score'->>'visitor' as live_away,
           lg.state->>'period' as period
    from fg
    join bb_games g on g.id = fg.id
    join bb_teams h on h.id = g.home_team_id
    join bb_teams a on a.id = g.away_team_id
    left join bb_live_games lg on lg.game_id = g.id
    where true ${leagueFilter}
    order by g.date ${d}, g.id ${d}
    limit ${limit}`;
  };
  const today = sql`${opts.today}::date`;
  // "Live now": a game still marked live from more than a day before today was left unfinished.
  const [live, upcoming, recent] = await Promise.all([
    db.execute(list(sql`g.status = 'live' and g.date between ${today} - 1 and ${today} + 1`, 'desc')),
    db.execute(list(sql`g.status = 'scheduled' and g.date >= ${today}`, 'asc')),
    db.execute(list(sql`g.status = 'final' and g.date <= ${today}`, 'desc')),
  ]);
  return {
    live: rowsOf<Row>(live).map(toGame),
    upcoming: rowsOf<Row>(upcoming).map(toGame),
    recent: rowsOf<Row>(recent).map(toGame),
  };
}
