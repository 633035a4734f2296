// What the admin's grant form offers as a scope: the leagues (not pickup ones), the teams made in
// Statline (imported pro teams have no coaches here) and the players on their rosters, by name.
import { asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { bbPlayers, bbRosters, bbTeams, leagues } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

export interface ScopeOption {
  id: number;
  label: string;
}

export interface ScopeOptions {
  league: ScopeOption[];
  team: ScopeOption[];
  player: ScopeOption[];
}

export async function scopeOptions(db: Db, limit = 1000): Promise<ScopeOptions> {
  const [ls, ts, ps] = await Promise.all([
    db
      .select({ id: leagues.id, name: leagues.name })
      .from(leagues)
      .where(isNull(leagues.pickupOwnerId))
      .orderBy(asc(leagues.name))
      .limit(limit),
    db
      .select({ id: bbTeams.id, name: bbTeams.name, league: leagues.name })
      .from(bbTeams)
      .innerJoin(leagues, eq(leagues.id, bbTeams.leagueId))
      .where(isNotNull(bbTeams.createdBy))
      .orderBy(asc(bbTeams.name), asc(bbTeams.id))
      .limit(limit),
    db
      .selectDistinct({ id: bbPlayers.id, name: bbPlayers.name, team: bbTeams.name })
      .from(bbPlayers)
      .innerJoin(bbRosters, eq(bbRosters.playerId, bbPlayers.id))
      .innerJoin(bbTeams, eq(bbTeams.id, bbRosters.teamId))
      .where(isNotNull(bbTeams.createdBy))
      .orderBy(asc(bbPlayers.name), asc(bbPlayers.id), asc(bbTeams.name))
      .limit(limit),
  ]);
  return {
    league: ls.map((l) => ({ id: l.id, label: l.name })),
    team: ts.map((t) => ({ id: t.id, label: `${t.name} (${t.league})` })),
    player: ps.map((p) => ({ id: p.id, label: `${p.name} (${p.team})` })),
  };
}
