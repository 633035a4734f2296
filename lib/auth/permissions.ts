// Who may do what: one typed table of role × action → the scope the grant reaches, plus the checks
// that need data. The API wrapper and pages ask `can`, `scopeOf` or `authorize`; nothing else
// compares role names.
import { type GrantRole, grantRoles } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { managesLeague } from '@/lib/leagues/queries';
import { holdsAnyGrant, reachesTeams } from './grants';
import type { Role } from './roles';

export const actions = [
  'account:read', // see one's own profile
  'account:manage', // download one's own data, delete one's own account
  'accounts:manage', // disable, enable, export or delete other people's accounts; issue reset links
  'api-keys:manage', // create, list and revoke one's own API keys
  'audit:read', // browse the audit log
  'basketball-game:create', // schedule a game to score live (coaches: games of their teams)
  'basketball-game:score', // record plays of a game (coaches: only their teams' games)
  'basketball-player:merge', // merge two player rows that are one person, or split a wrong merge
  'basketball-roster:manage', // add players to a team (coaches: their teams)
  'basketball-team:create', // create a team; its creator coaches it
  'golf-event:create', // organise a golf event (a medal, a club championship, an open)
  'golf-event:manage', // change an event, its entries and groups (others: only the events they organise)
  'golf-round:edit', // enter a golf round (players: only their own rounds)
  'golf-private:read', // see a private golfer's profile and rounds (others: only their own, and rounds they play in)
  'imports:run', // upload data files for bulk import and watch the import jobs
  'invitations:manage', // invite someone to a scoped role, see and revoke those invitations (league admins: their leagues; coaches: scorekeepers, players, parents of their teams)
  'league:create', // create a league (its creator becomes its league admin)
  'league:manage', // change a league, its teams and schedule (league admins: their leagues)
  'media:upload', // upload and delete team logos, photos, videos and documents (coaches: their teams)
  'models:manage', // train prediction models, load and unload them on every replica
  'role-grants:manage', // give, take and confirm scoped roles (league admins: in their league; coaches: player, parent and scorekeeper links on their team)
  'stats:read', // public statistics
] as const;
export type Action = (typeof actions)[number];

/**
 * How far a grant reaches. `site`: any target. `league`: a league the user runs (its league admins,
 * a pickup league's owner). `team`: games and rosters of the teams the user manages.
 * `player`: the user's own rows and the golf rounds they play in. Absent: never.
 */
export const scopeKinds = ['site', 'league', 'team', 'player'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export const permissions: Record<Role, Partial<Record<Action, ScopeKind>>> = {
  admin: {
    'account:read': 'player',
    'account:manage': 'player',
    'accounts:manage': 'site',
    'api-keys:manage': 'player',
    'audit:read': 'site',
    'basketball-game:create': 'site',
    'basketball-game:score': 'site',
    'basketball-player:merge': 'site',
    'basketball-roster:manage': 'site',
    'basketball-team:create': 'site',
    'golf-event:create': 'site',
    'golf-event:manage': 'site',
    'golf-private:read': 'site',
    'golf-round:edit': 'site',
    'imports:run': 'site',
    'invitations:manage': 'site',
    'league:create': 'site',
    'league:manage': 'site',
    'media:upload': 'site',
    'models:manage': 'site',
    'role-grants:manage': 'site',
    'stats:read': 'site',
  },
  coach: {
    'account:read': 'player',
    'account:manage': 'player',
    'api-keys:manage': 'player',
    'basketball-game:create': 'team',
    'basketball-game:score': 'team',
    'basketball-roster:manage': 'team',
    'basketball-team:create': 'league',
    'golf-event:create': 'site',
    'golf-event:manage': 'player',
    'golf-private:read': 'player',
    'golf-round:edit': 'player',
    'invitations:manage': 'team',
    'league:create': 'site',
    'league:manage': 'league',
    'media:upload': 'team',
    'role-grants:manage': 'team',
    'stats:read': 'site',
  },
  player: {
    'account:read': 'player',
    'account:manage': 'player',
    'api-keys:manage': 'player',
    'golf-event:create': 'site',
    'golf-event:manage': 'player',
    'golf-private:read': 'player',
    'golf-round:edit': 'player',
    'invitations:manage': 'league',
    'league:manage': 'league',
    'stats:read': 'site',
  },
  fan: {
    'account:read': 'player',
    'account:manage': 'player',
    'api-keys:manage': 'player',
    'golf-private:read': 'player',
    'invitations:manage': 'league',
    'league:manage': 'league',
    'stats:read': 'site',
  },
};

/**
 * The role an account gets when someone signs up by themselves. A player may record their own golf
 * rounds (the `player` scope confines every grant to rows that are theirs) and nothing of anyone
 * else's, so it is safe to hand out; `fan` stays the read-only role an admin can set to take writing
 * away. Giving fans the golf grant instead would make `fan` and `player` the same role by another name.
 */
export const SELF_SIGN_UP_ROLE: Role = 'player';

/** Where this role may do the action, or undefined when nowhere. */
export function scopeOf(role: Role, action: Action): ScopeKind | undefined {
  return permissions[role][action];
}

/** 'all' = any target; 'own' = only targets within the grant's scope. */
type Grant = 'all' | 'own';

export function grantOf(role: Role, action: Action): Grant | undefined {
  const scope = scopeOf(role, action);
  return scope === undefined ? undefined : scope === 'site' ? 'all' : 'own';
}

/** May this role do the action at all (for some target)? Use for showing or hiding UI. */
export function can(role: Role, action: Action): boolean {
  return scopeOf(role, action) !== undefined;
}

export type Target =
  | { kind: 'owner'; ownerId: string } // rows that belong to a user: API keys, golf rounds
  | { kind: 'teams'; teamIds: number[] } // a game: the coach must manage one of its teams
  | { kind: 'round'; playerIds: string[]; scorerIds?: string[] } // a golf round: the accounts playing in it (and an event's scorers)
  | { kind: 'league'; leagueId: number } // a league: its league admins (and a pickup league's owner)
  | { kind: 'grant'; role: GrantRole; leagueId?: number; teamIds: number[] }; // a scoped role to hand out: the league it is held in, or the teams it reaches

/**
 * What a scoped grant (role_grants) adds to the account's base role. A league admin's grant reaches
 * its league and every team in it; a coach's or scorekeeper's reaches games and rosters of its team.
 * Player and parent links give no write right: they let their holder read the team's private data
 * (see `mayReadTeamPrivate` in grants.ts).
 */
export const grantPermissions: Record<GrantRole, readonly Action[]> = {
  league_admin: [
    'basketball-game:create',
    'basketball-game:score',
    'basketball-roster:manage',
    'basketball-team:create',
    'invitations:manage',
    'league:manage',
    'media:upload',
    'role-grants:manage',
  ],
  coach: [
    'basketball-game:create',
    'basketball-game:score',
    'basketball-roster:manage',
    'invitations:manage',
    'media:upload',
    'role-grants:manage',
  ],
  scorekeeper: ['basketball-game:score'],
  player: [],
  parent: [],
};

/**
 * May the account do the action somewhere: by its base role, or by an active scoped grant that
 * carries it (a fan who coaches one team scores that team's games). The grant-aware `can`, for
 * showing or hiding UI and for the API wrapper's first check; `authorize` then checks the target.
 */
export async function mayDo(db: Db, user: { id: string; role: Role }, action: Action): Promise<boolean> {
  if (can(user.role, action)) return true;
  const carrying = grantRoles.filter((r) => grantPermissions[r].includes(action));
  return carrying.length > 0 && (await holdsAnyGrant(db, user.id, carrying));
}

/**
 * The roles a team's coach may hand out on it (or on a player of its roster). Coaches and league
 * admins are the league's to appoint.
 */
export const coachGrantableRoles: readonly GrantRole[] = ['scorekeeper', 'player', 'parent'];

/** The team-scoped grant roles that carry this action. */
function teamRolesFor(action: Action): GrantRole[] {
  return (['coach', 'scorekeeper'] as const).filter((r) => grantPermissions[r].includes(action));
}

/**
 * The full check: may `user` do `action` on `target`? Their base role (users.role) first, then their
 * active scoped grants: a coach of team A reaches A's games and rosters, never team B's.
 */
export async function authorize(db: Db, user: { id: string; role: Role }, action: Action, target?: Target): Promise<boolean> {
  const scope = scopeOf(user.role, action);
  if (scope === 'site') return true;
  // A scoped right needs something to be in scope: without a target, refuse.
  if (!target) return false;
  if (target.kind === 'owner') return scope === 'player' && target.ownerId === user.id;
  if (target.kind === 'round')
    return scope === 'player' && (target.playerIds.includes(user.id) || (target.scorerIds ?? []).includes(user.id));
  const viaLeague = grantPermissions.league_admin.includes(action);
  if (target.kind === 'teams') return reachesTeams(db, user.id, target.teamIds, teamRolesFor(action), viaLeague);
  if (target.kind === 'league') {
    if (scope === 'league') return managesLeague(db, user.id, target.leagueId);
    // A right that comes only from a league admin grant reaches that league, not the holder's pickup games.
    return viaLeague && managesLeague(db, user.id, target.leagueId, { pickup: false });
  }
  if (target.kind === 'grant') {
    // A league admin hands out any role in their league and its teams; a coach only the roles
    // their grant may give, on the teams they coach.
    if (!viaLeague) return false;
    if (target.leagueId !== undefined) return managesLeague(db, user.id, target.leagueId);
    const teamRoles = coachGrantableRoles.includes(target.role) ? teamRolesFor(action) : [];
    return reachesTeams(db, user.id, target.teamIds, teamRoles, true);
  }
  return false;
}

/** Does the user coach any of these teams (an active coach grant)? One query, whatever the number of teams. */
export async function managesAnyTeam(db: Db, userId: string, teamIds: readonly number[]): Promise<boolean> {
  return reachesTeams(db, userId, teamIds, ['coach'], false);
}
