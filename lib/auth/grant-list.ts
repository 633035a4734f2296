// Reading grants for people: an account's grants and a league's members, each with the name of the
// scope it is held in, and the permission target a grant is given, taken or confirmed against.
import { and, asc, eq, gt, inArray, isNotNull, or } from 'drizzle-orm';
import { bbPlayers, bbRosters, bbTeams, type GrantRole, leagues, type RoleGrant, roleGrants, users } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import type { Target } from './permissions';

export interface GrantRow {
  id: string;
  account: { id: string; name: string; email: string };
  role: GrantRole;
  scope: { kind: RoleGrant['scopeKind']; id: number; name: string | null };
  status: RoleGrant['status'];
  createdAt: Date;
}

/** The teams a player is (or was) rostered on. */
async function teamsOfPlayer(db: Db, playerId: number): Promise<number[]> {
  const rows = await db.selectDistinct({ id: bbRosters.teamId }).from(bbRosters).where(eq(bbRosters.playerId, playerId));
  return rows.map((r) => r.id);
}

/**
 * What `role-grants:manage` is checked against for a grant of `role` in scope `scopeId`: a league
 * admin (of the league, or of a coach's team's league) appoints league admins and coaches; a team's
 * coach (or its league's admin) appoints scorekeepers and links players and parents on the roster.
 */
export async function grantTarget(db: Db, role: GrantRole, scopeId: number): Promise<Target> {
  if (role === 'league_admin') return { kind: 'league', leagueId: scopeId };
  if (role === 'coach') {
    const [team] = await db.select({ leagueId: bbTeams.leagueId }).from(bbTeams).where(eq(bbTeams.id, scopeId));
    if (!team) throw new DomainError('not_found', `No team ${scopeId} to grant coach in.`);
    return { kind: 'league', leagueId: team.leagueId };
  }
  if (role === 'scorekeeper') return { kind: 'teams', teamIds: [scopeId] };
  return { kind: 'teams', teamIds: await teamsOfPlayer(db, scopeId) };
}

/** Adds each grant's scope name (a league's, team's or player's). */
async function named(db: Db, rows: Omit<GrantRow, 'scope'>[], scopes: RoleGrant[]): Promise<GrantRow[]> {
  const ids = (kind: RoleGrant['scopeKind']) => [...new Set(scopes.filter((g) => g.scopeKind === kind).map((g) => g.scopeId))];
  const [l, t, p] = [ids('league'), ids('team'), ids('player')];
  const [ls, ts, ps] = await Promise.all([
    l.length ? db.select({ id: leagues.id, name: leagues.name }).from(leagues).where(inArray(leagues.id, l)) : [],
    t.length ? db.select({ id: bbTeams.id, name: bbTeams.name }).from(bbTeams).where(inArray(bbTeams.id, t)) : [],
    p.length ? db.select({ id: bbPlayers.id, name: bbPlayers.name }).from(bbPlayers).where(inArray(bbPlayers.id, p)) : [],
  ]);
  const names = {
    league: new Map(ls.map((r) => [r.id, r.name])),
    team: new Map(ts.map((r) => [r.id, r.name])),
    player: new Map(ps.map((r) => [r.id, r.name])),
  };
  return rows.map((r, i) => {
    const g = scopes[i] as RoleGrant;
    return { ...r, scope: { kind: g.scopeKind, id: g.scopeId, name: names[g.scopeKind].get(g.scopeId) ?? null } };
  });
}

const grantCols = { grant: roleGrants, account: { id: users.id, name: users.name, email: users.email } };

async function toRows(db: Db, found: { grant: RoleGrant; account: GrantRow['account'] }[]): Promise<GrantRow[]> {
  const base = found.map(({ grant, account }) => ({
    id: grant.id,
    account,
    role: grant.role,
    status: grant.status,
    createdAt: grant.createdAt,
  }));
  return named(
    db,
    base,
    found.map((f) => f.grant),
  );
}

/** Every grant of one account (active and pending), by scope. */
export async function grantsOf(db: Db, userId: string): Promise<GrantRow[]> {
  return (await grantsOfAccounts(db, [userId])).get(userId) ?? [];
}

/** Grants of many accounts at once (the admin's accounts page), by account id. */
export async function grantsOfAccounts(db: Db, userIds: string[]): Promise<Map<string, GrantRow[]>> {
  const out = new Map<string, GrantRow[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return out;
  const found = await db
    .select(grantCols)
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(inArray(roleGrants.userId, userIds))
    .orderBy(asc(roleGrants.scopeKind), asc(roleGrants.scopeId), asc(roleGrants.role));
  for (const row of await toRows(db, found)) out.get(row.account.id)?.push(row);
  return out;
}

/** One grant by id, or a 404. */
export async function findGrant(db: Db, grantId: string): Promise<RoleGrant> {
  const [grant] = await db.select().from(roleGrants).where(eq(roleGrants.id, grantId));
  if (!grant) throw new DomainError('not_found', `No grant ${grantId}.`);
  return grant;
}

/**
 * The accounts holding grants in the league (its admins, its teams' coaches and scorekeepers, its
 * players' linked accounts and parents), by email then grant id; `after` is the last row's key.
 */
export async function leagueMembers(
  db: Db,
  leagueId: number,
  page: { after: [string, string] | null; limit: number },
): Promise<GrantRow[]> {
  const teamIds = db.select({ id: bbTeams.id }).from(bbTeams).where(eq(bbTeams.leagueId, leagueId));
  const playerIds = db
    .select({ id: bbRosters.playerId })
    .from(bbRosters)
    .innerJoin(bbTeams, eq(bbTeams.id, bbRosters.teamId))
    .where(eq(bbTeams.leagueId, leagueId));
  const scope = or(
    and(eq(roleGrants.scopeKind, 'league'), eq(roleGrants.scopeId, leagueId)),
    and(eq(roleGrants.scopeKind, 'team'), inArray(roleGrants.scopeId, teamIds)),
    and(eq(roleGrants.scopeKind, 'player'), inArray(roleGrants.scopeId, playerIds)),
  );
  const after = page.after
    ? or(gt(users.email, page.after[0]), and(eq(users.email, page.after[0]), gt(roleGrants.id, page.after[1])))
    : undefined;
  const found = await db
    .select(grantCols)
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(scope, after))
    .orderBy(asc(users.email), asc(roleGrants.id))
    .limit(page.limit);
  return toRows(db, found);
}

/** A grant as the API answers it. */
export function grantJson(g: GrantRow) {
  return { id: g.id, account: g.account, role: g.role, scope: g.scope, status: g.status, created_at: g.createdAt.toISOString() };
}

/** One grant with its account and scope name. */
export async function grantRow(db: Db, grantId: string): Promise<GrantRow> {
  const found = await db
    .select(grantCols)
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(eq(roleGrants.id, grantId));
  const [row] = await toRows(db, found);
  if (!row) throw new DomainError('not_found', `No grant ${grantId}.`);
  return row;
}

/** Pending player and parent links to players on a team's roster: what its coach confirms or declines. */
export async function pendingLinksOfTeam(db: Db, teamId: number): Promise<GrantRow[]> {
  const rostered = db.select({ id: bbRosters.playerId }).from(bbRosters).where(eq(bbRosters.teamId, teamId));
  const found = await db
    .select(grantCols)
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.status, 'pending'), eq(roleGrants.scopeKind, 'player'), inArray(roleGrants.scopeId, rostered)))
    .orderBy(asc(roleGrants.createdAt), asc(roleGrants.id));
  return toRows(db, found);
}

/** Is the player on the roster of a team made in Statline (one with coaches to confirm a link)? */
export async function mayAskLinkTo(db: Db, playerId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: bbTeams.id })
    .from(bbRosters)
    .innerJoin(bbTeams, eq(bbTeams.id, bbRosters.teamId))
    .where(and(eq(bbRosters.playerId, playerId), isNotNull(bbTeams.createdBy)))
    .limit(1);
  return row !== undefined;
}
