// The reads the balldontlie shapes need and the public API's queries do not give: a player's
// details with his current team, and the progress of live-scored games.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { bbGames, bbLiveGames, bbPlayers, bbTeams } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { defaultLeague } from '@/lib/leagues/queries';
import type { LiveProgress, PlayerCard } from './shapes';

/**
 * Players by id with their current team: the team of their newest season, and within it (a traded
 * player) the one they last played a game for.
 */
export async function playerCards(db: Db, ids: number[]): Promise<Map<number, PlayerCard>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const players = await db
    .select({
      id: bbPlayers.id,
      name: bbPlayers.name,
      firstName: bbPlayers.firstName,
      lastName: bbPlayers.lastName,
      position: bbPlayers.position,
    })
    .from(bbPlayers)
    .where(inArray(bbPlayers.id, unique));
  const current = rowsOf<{ playerId: number; teamId: number; jerseyNumber: number | null }>(
    await db.execute(sql`
      select distinct on (r.player_id) r.player_id as "playerId", r.team_id as "teamId", r.jersey_number as "jerseyNumber"
      from bb_rosters r
      where r.player_id in ${unique}
      order by r.player_id, r.season desc,
        (select max(g.date) from bb_player_lines l join bb_games g on g.id = l.game_id
         where l.player_id = r.player_id and l.team_id = r.team_id and g.season = r.season) desc nulls last,
        r.team_id`),
  );
  const teamIds = [...new Set(current.map((c) => Number(c.teamId)))];
  const teams = teamIds.length ? await db.select().from(bbTeams).where(inArray(bbTeams.id, teamIds)) : [];
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const currentOf = new Map(current.map((c) => [Number(c.playerId), c]));
  return new Map(
    players.map((p) => {
      const c = currentOf.get(p.id);
      const jersey = c?.jerseyNumber;
      return [
        p.id,
        {
          ...p,
          jerseyNumber: jersey === null || jersey === undefined ? null : Number(jersey),
          team: (c && teamById.get(Number(c.teamId))) ?? null,
        },
      ];
    }),
  );
}

/** Period, rule set and score of the live-scored games among `gameIds`. */
export async function liveProgress(db: Db, gameIds: number[]): Promise<Map<number, LiveProgress>> {
  if (gameIds.length === 0) return new Map();
  const rows = await db
    .select({
      gameId: bbLiveGames.gameId,
      period: sql<number>`(${bbLiveGames.state}->>'period')::int`,
      ruleSet: sql<string>`${bbLiveGames.state}->'setup'->>'ruleSet'`,
      home: sql<number>`(${bbLiveGames.state}->'score'->>'home')::int`,
      visitor: sql<number>`(${bbLiveGames.state}->'score'->>'visitor')::int`,
    })
    .from(bbLiveGames)
    .where(inArray(bbLiveGames.gameId, [...new Set(gameIds)]));
  return new Map(
    rows.map((r) => [
      r.gameId,
      { period: Number(r.period), ruleSet: r.ruleSet, score: { home: Number(r.home), visitor: Number(r.visitor) } },
    ]),
  );
}

/**
 * balldontlie serves the NBA: the drop-in answers from basketball's pro league only, so nothing a
 * youth or pickup league does shows through it.
 */
export async function bdlLeagueId(db: Db): Promise<number> {
  const league = await defaultLeague(db, 'basketball');
  if (!league) throw new DomainError('not_found', 'There is no public basketball league.');
  return league.id;
}

/** The games of the league being scored live right now, oldest first. */
export async function liveGameIds(db: Db, leagueId: number): Promise<number[]> {
  const rows = await db
    .select({ id: bbGames.id })
    .from(bbGames)
    .innerJoin(bbLiveGames, eq(bbLiveGames.gameId, bbGames.id))
    .where(and(eq(bbGames.leagueId, leagueId), eq(bbGames.status, 'live')))
    .orderBy(bbGames.date, bbGames.id);
  return rows.map((r) => r.id);
}

/** Teams by id (whole rows: the city is part of balldontlie's team). */
export async function teamsById(db: Db, ids: number[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.select().from(bbTeams).where(inArray(bbTeams.id, unique)) : [];
  return new Map(rows.map((t) => [t.id, t]));
}
