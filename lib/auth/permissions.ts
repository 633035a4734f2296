// Who may do what: one typed table of role × action, plus the ownership rules that need data.
// The API wrapper and pages both ask `can`; handlers never re-implement it.
import { and, eq } from 'drizzle-orm';
import { teamStaff } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { Role } from './roles';

export const actions = [
  'account:read', // see one's own profile
  'api-keys:manage', // create, list and revoke one's own API keys
  'audit:read', // browse the audit log
  'basketball-game:create', // schedule a game to score live (coaches: games of their teams)
  'basketball-game:score', // record plays of a game (coaches: only their teams' games)
  'basketball-roster:manage', // add players to a team (coaches: their teams)
  'basketball-team:create', // create a team; its creator coaches it
  'golf-round:edit', // enter a golf round (players: only their own rounds)
  'imports:run', // upload data files for bulk import and watch the import jobs
  'stats:read', // public statistics
] as const;
export type Action = (typeof actions)[number];

/** 'all' = any target; 'own' = only targets the ownership rule accepts; absent = never. */
type Grant = 'all' | 'own';

export const permissions: Record<Role, Partial<Record<Action, Grant>>> = {
  admin: {
    'account:read': 'own',
    'api-keys:manage': 'own',
    'audit:read': 'all',
    'basketball-game:create': 'all',
    'basketball-game:score': 'all',
    'basketball-roster:manage': 'all',
    'basketball-team:create': 'all',
    'golf-round:edit': 'all',
    'imports:run': 'all',
    'stats:read': 'all',
  },
  coach: {
    'account:read': 'own',
    'api-keys:manage': 'own',
    'basketball-game:create': 'own',
    'basketball-game:score': 'own',
    'basketball-roster:manage': 'own',
    'basketball-team:create': 'all',
    'golf-round:edit': 'own',
    'stats:read': 'all',
  },
  player: { 'account:read': 'own', 'api-keys:manage': 'own', 'golf-round:edit': 'own', 'stats:read': 'all' },
  fan: { 'account:read': 'own', 'api-keys:manage': 'own', 'stats:read': 'all' },
};

export function grantOf(role: Role, action: Action): Grant | undefined {
  return permissions[role][action];
}

/** May this role do the action at all (for some target)? Use for showing or hiding UI. */
export function can(role: Role, action: Action): boolean {
  return grantOf(role, action) !== undefined;
}

export type Target =
  | { kind: 'owner'; ownerId: string } // rows that belong to a user: API keys, golf rounds
  | { kind: 'teams'; teamIds: number[] } // a game: the coach must manage one of its teams
  | { kind: 'round'; playerIds: string[] }; // a golf round: only the accounts playing in it

/** The full check, with ownership: does `user` (role) may do `action` on `target`? */
export async function authorize(db: Db, user: { id: string; role: Role }, action: Action, target?: Target): Promise<boolean> {
  const grant = grantOf(user.role, action);
  if (grant === 'all') return true;
  if (grant !== 'own') return false;
  // An ownership grant needs something to own: without a target, refuse.
  if (!target) return false;
  if (target.kind === 'owner') return target.ownerId === user.id;
  if (target.kind === 'round') return target.playerIds.includes(user.id);
  return managesAnyTeam(db, user.id, target.teamIds);
}

export async function managesAnyTeam(db: Db, userId: string, teamIds: number[]): Promise<boolean> {
  for (const teamId of teamIds) {
    const [row] = await db
      .select({ teamId: teamStaff.teamId })
      .from(teamStaff)
      .where(and(eq(teamStaff.userId, userId), eq(teamStaff.teamId, teamId)))
      .limit(1);
    if (row) return true;
  }
  return false;
}
