// The live games index: games scored in Statline, live now, coming up, and just finished.
import { and, asc, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bbGames, bbLiveGames, bbTeams } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { type Viewer, visibleLeagueIds } from '@/lib/leagues/queries';

export interface IndexGame {
  id: number;
  date: string;
  status: 'scheduled' | 'live' | 'final';
  homeScore: number | null;
  awayScore: number | null;
  /** The period being played (or last played); 0 before the tip. */
  period: number;
  ruleSet: string | null;
  home: { id: number; abbreviation: string; name: string };
  away: { id: number; abbreviation: string; name: string };
}

const home = alias(bbTeams, 'home');
const away = alias(bbTeams, 'away');

function select(db: Db) {
  return db
    .select({
      id: bbGames.id,
      date: bbGames.date,
      status: bbGames.status,
      homeScore: bbGames.homeScore,
      awayScore: bbGames.awayScore,
      period: sql<number>`coalesce((${bbLiveGames.state}->>'period')::int, 0)`.mapWith(Number),
      ruleSet: bbGames.ruleSet,
      home: { id: home.id, abbreviation: home.abbreviation, name: home.name },
      away: { id: away.id, abbreviation: away.abbreviation, name: away.name },
    })
    .from(bbGames)
    .innerJoin(home, eq(home.id, bbGames.homeTeamId))
    .innerJoin(away, eq(away.id, bbGames.awayTeamId))
    .leftJoin(bbLiveGames, eq(bbLiveGames.gameId, bbGames.id));
}

/**
 * Live now (all of them), upcoming from `today` (soonest first) and recent finals (newest first), of
 * the leagues the viewer may see.
 */
export async function liveIndex(db: Db, today: string, viewer: Viewer, limit = 20) {
  const visible = await visibleLeagueIds(db, viewer);
  const scored = and(isNotNull(bbGames.ruleSet), visible ? inArray(bbGames.leagueId, visible) : undefined);
  const [live, upcoming, finals] = await Promise.all([
    select(db)
      .where(and(scored, eq(bbGames.status, 'live')))
      .orderBy(desc(bbGames.date), desc(bbGames.id)),
    select(db)
      .where(and(scored, eq(bbGames.status, 'scheduled'), gte(bbGames.date, today)))
      .orderBy(asc(bbGames.date), asc(bbGames.id))
      .limit(limit),
    select(db)
      .where(and(scored, eq(bbGames.status, 'final')))
      .orderBy(desc(bbGames.date), desc(bbGames.id))
      .limit(limit),
  ]);
  return { live: live as IndexGame[], upcoming: upcoming as IndexGame[], finals: finals as IndexGame[] };
}
