// Standings from stored results: W-L, PCT, games behind (league and conference), home/away, last
// ten and streak. Home/away are omitted for teams whose games include any with an unknown venue.
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { type Confirmation, countsFor } from './scoring/counts-for';
import { computeStandings, type GameResultForStandings, type StandingRow } from './stats';

export interface Standing extends StandingRow {
  abbreviation: string;
  name: string;
  conference: string | null;
  division: string | null;
  conferenceRank: number | null;
  conferenceGamesBehind: number | null;
}

export async function getStandings(db: Db, season: number, leagueId: number): Promise<Standing[]> {
  const result = await db.execute(sql`
    select g.id as "gameId", g.date::text as date, g.venue_known as "venueKnown",
           g.home_team_id as "homeId", g.away_team_id as "awayId", g.winner_team_id as "winnerId",
           g.confirm_team_id as "confirmTeamId", g.confirmation
    from bb_games g
    where g.league_id = ${leagueId} and g.season = ${season} and g.status = 'final' and not g.postseason and g.winner_team_id is not null`);
  const results: GameResultForStandings[] = [];
  type Row = { gameId: number; date: string; venueKnown: boolean; homeId: number; awayId: number; winnerId: number };
  for (const g of rowsOf<Row & { confirmTeamId: number | null; confirmation: Confirmation | null }>(result)) {
    for (const [teamId, isHome] of [
      [g.homeId, true],
      [g.awayId, false],
    ] as const) {
      if (!countsFor(g, teamId)) continue;
      results.push({ gameId: g.gameId, date: g.date, teamId, won: g.winnerId === teamId, home: g.venueKnown ? isHome : null });
    }
  }
  const rows = computeStandings(results);
  if (rows.length === 0) return [];
  const teams = rowsOf<{ id: number; abbreviation: string; name: string; conference: string | null; division: string | null }>(
    await db.execute(
      sql`select id, abbreviation, name, conference, division from bb_teams where id in ${rows.map((r) => r.teamId)}`,
    ),
  );
  const info = new Map(teams.map((t) => [t.id, t]));
  const standings: Standing[] = rows.map((r) => ({
    ...r,
    abbreviation: info.get(r.teamId)?.abbreviation ?? '',
    name: info.get(r.teamId)?.name ?? '',
    conference: info.get(r.teamId)?.conference ?? null,
    division: info.get(r.teamId)?.division ?? null,
    conferenceRank: null,
    conferenceGamesBehind: null,
  }));
  for (const conference of new Set(standings.map((s) => s.conference).filter(Boolean))) {
    const inConf = standings.filter((s) => s.conference === conference);
    const leader = inConf[0];
    inConf.forEach((s, i) => {
      s.conferenceRank = i + 1;
      s.conferenceGamesBehind = leader ? (leader.wins - s.wins + (s.losses - leader.losses)) / 2 : 0;
    });
  }
  return standings;
}
