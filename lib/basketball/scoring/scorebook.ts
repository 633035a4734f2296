// What the scorebook page reads: the teams a user may manage, their current rosters, every team
// (for opponents) and the live-scored games of the user's teams.
import { and, asc, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bbGames, bbPlayers, bbRosters, bbTeams, roleGrants } from '@/drizzle/schema';
import { scopeOf } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db/client';

export interface TeamOption {
  id: number;
  abbreviation: string;
  name: string;
}

/** Coaches: the teams they coach. Site-wide managers (admins): every team created in Statline (imported ones are history). */
export async function listManagedTeams(db: Db, user: { id: string; role: Role }): Promise<TeamOption[]> {
  const cols = { id: bbTeams.id, abbreviation: bbTeams.abbreviation, name: bbTeams.name };
  if (scopeOf(user.role, 'basketball-roster:manage') === 'site')
    return db.select(cols).from(bbTeams).where(isNotNull(bbTeams.createdBy)).orderBy(asc(bbTeams.name));
  return db
    .select(cols)
    .from(bbTeams)
    .innerJoin(
      roleGrants,
      and(
        eq(roleGrants.scopeKind, 'team'),
        eq(roleGrants.scopeId, bbTeams.id),
        eq(roleGrants.role, 'coach'),
        eq(roleGrants.status, 'active'),
      ),
    )
    .where(eq(roleGrants.userId, user.id))
    .orderBy(asc(bbTeams.name));
}

export async function listAllTeams(db: Db): Promise<TeamOption[]> {
  return db
    .select({ id: bbTeams.id, abbreviation: bbTeams.abbreviation, name: bbTeams.name })
    .from(bbTeams)
    .orderBy(asc(bbTeams.name));
}

export interface RosterRow {
  teamId: number;
  playerId: number;
  name: string;
  position: string | null;
  jerseyNumber: number | null;
}

export async function listRosters(db: Db, teamIds: number[], season: number): Promise<RosterRow[]> {
  if (teamIds.length === 0) return [];
  return db
    .select({
      teamId: bbRosters.teamId,
      playerId: bbPlayers.id,
      name: bbPlayers.name,
      position: bbPlayers.position,
      jerseyNumber: bbRosters.jerseyNumber,
    })
    .from(bbRosters)
    .innerJoin(bbPlayers, eq(bbPlayers.id, bbRosters.playerId))
    .where(and(inArray(bbRosters.teamId, teamIds), eq(bbRosters.season, season)))
    .orderBy(asc(bbRosters.teamId), sql`${bbRosters.jerseyNumber} asc nulls last`, asc(bbPlayers.name));
}

export interface ScoredGame {
  id: number;
  date: string;
  status: 'scheduled' | 'live' | 'final';
  homeScore: number | null;
  awayScore: number | null;
  home: string;
  away: string;
}

const home = alias(bbTeams, 'home');
const away = alias(bbTeams, 'away');

/** Live-scored games (those with a rule set) of the given teams, or all of them for admins; newest first. */
export async function listScoredGames(db: Db, teamIds: number[] | 'all', limit = 30): Promise<ScoredGame[]> {
  if (teamIds !== 'all' && teamIds.length === 0) return [];
  const ofTeams = teamIds === 'all' ? undefined : or(inArray(bbGames.homeTeamId, teamIds), inArray(bbGames.awayTeamId, teamIds));
  return db
    .select({
      id: bbGames.id,
      date: bbGames.date,
      status: bbGames.status,
      homeScore: bbGames.homeScore,
      awayScore: bbGames.awayScore,
      home: home.abbreviation,
      away: away.abbreviation,
    })
    .from(bbGames)
    .innerJoin(home, eq(home.id, bbGames.homeTeamId))
    .innerJoin(away, eq(away.id, bbGames.awayTeamId))
    .where(and(isNotNull(bbGames.ruleSet), ofTeams))
    .orderBy(desc(bbGames.date), desc(bbGames.id))
    .limit(limit);
}
