// What the football pages show: a season's games by week with the standings, and a game with its
// drives, plays and the home side's win probability through it.
import { desc, eq } from 'drizzle-orm';
import { fbGames } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { defaultLeague } from '@/lib/leagues/queries';
import { getFootballGame, listFootballGames } from './queries';

export interface StandingRow {
  team_id: number;
  team: string;
  name: string;
  w: number;
  l: number;
  t: number;
  pf: number;
  pa: number;
}

export async function footballHome(db: Db, season?: number) {
  const league = await defaultLeague(db, 'football');
  if (!league) return null;
  const seasons = (
    await db
      .selectDistinct({ season: fbGames.season })
      .from(fbGames)
      .where(eq(fbGames.leagueId, league.id))
      .orderBy(desc(fbGames.season))
  ).map((r) => r.season);
  const shown = season !== undefined && seasons.includes(season) ? season : seasons[0];
  if (shown === undefined) return { league, seasons, season: null, weeks: [], standings: [] };
  const games = await listFootballGames(db, { leagueId: league.id, seasons: [shown] }, { after: null, limit: 1000 });
  const weeks = new Map<string, typeof games>();
  for (const g of games) {
    const key = `${g.season_type}:${g.week}`;
    weeks.set(key, [...(weeks.get(key) ?? []), g]);
  }
  const standings = new Map<number, StandingRow>();
  for (const g of games) {
    if (g.status !== 'final' || g.home_team_score === null || g.visitor_team_score === null || g.season_type !== 'reg') continue;
    for (const [team, pf, pa] of [
      [g.home_team, g.home_team_score, g.visitor_team_score],
      [g.visitor_team, g.visitor_team_score, g.home_team_score],
    ] as const) {
      const row = standings.get(team.id) ?? {
        team_id: team.id,
        team: team.abbreviation,
        name: team.full_name,
        w: 0,
        l: 0,
        t: 0,
        pf: 0,
        pa: 0,
      };
      if (pf > pa) row.w++;
      else if (pf < pa) row.l++;
      else row.t++;
      row.pf += pf;
      row.pa += pa;
      standings.set(team.id, row);
    }
  }
  const pct = (r: StandingRow) => (r.w + r.t / 2) / Math.max(1, r.w + r.l + r.t);
  return {
    league,
    seasons,
    season: shown,
    weeks: [...weeks.entries()].map(([key, list]) => {
      const [type, week] = key.split(':');
      return { seasonType: type as 'pre' | 'reg' | 'post', week: Number(week), games: list };
    }),
    standings: [...standings.values()].sort((a, b) => pct(b) - pct(a) || b.pf - b.pa - (a.pf - a.pa)),
  };
}

export interface WinPoint {
  play: number;
  quarter: number;
  home_wp: number;
}

export async function footballGamePage(db: Db, id: number) {
  const game = await getFootballGame(db, id);
  if (!game) return null;
  // The models give the offense's chance; the chart follows the home side through the game.
  const wp: WinPoint[] = game.plays
    .filter((p) => p.wp !== null && p.offense_team_id !== null)
    .map((p, i) => ({
      play: i + 1,
      quarter: p.quarter,
      home_wp: Math.round((p.offense_team_id === game.home_team.id ? (p.wp as number) : 1 - (p.wp as number)) * 1000) / 1000,
    }));
  return { game, wp };
}
