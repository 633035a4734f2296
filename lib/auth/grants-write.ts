// Granting and revoking scoped roles (role_grants), each audited as role-grant.create /
// role-grant.revoke. Who may grant what is checked by the caller through `authorize` (site admins
// anything; a league admin in their league and its teams; a coach player/parent/scorekeeper links on
// their team); this file checks that the scope exists and fits the role.
import { and, eq } from 'drizzle-orm';
import { bbPlayers, bbTeams, type GrantRole, leagues, type RoleGrant, roleGrants } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';

type ScopeKind = RoleGrant['scopeKind'];

/** The scope kind each role is held in. */
export const scopeKindOf: Record<GrantRole, ScopeKind> = {
  league_admin: 'league',
  coach: 'team',
  scorekeeper: 'team',
  player: 'player',
  parent: 'player',
};

/** Is there a league, team or player with this id? */
export async function scopeExists(db: Db, kind: ScopeKind, id: number): Promise<boolean> {
  const table = kind === 'league' ? leagues : kind === 'team' ? bbTeams : bbPlayers;
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  return row !== undefined;
}

/**
 * The grant row of `role` in a scope, made (or made active); an existing grant of the same role and
 * scope is returned. Not audited: for a write that records its own row (an accepted invitation).
 */
export async function upsertGrant(
  db: Db,
  actor: AuditActor,
  input: { userId: string; role: GrantRole; scopeId: number; status?: 'active' | 'pending' },
): Promise<RoleGrant> {
  const scopeKind = scopeKindOf[input.role];
  if (!(await scopeExists(db, scopeKind, input.scopeId)))
    throw new DomainError('not_found', `No ${scopeKind} ${input.scopeId} to grant ${input.role} in.`);
  const status = input.status ?? 'active';
  const [row] = await db
    .insert(roleGrants)
    .values({ userId: input.userId, role: input.role, scopeKind, scopeId: input.scopeId, status, grantedBy: actor.userId })
    .onConflictDoUpdate({
      target: [roleGrants.userId, roleGrants.role, roleGrants.scopeKind, roleGrants.scopeId],
      // A pending link asked for again stays pending; an active grant is never demoted.
      set: status === 'active' ? { status: 'active', grantedBy: actor.userId } : { grantedBy: roleGrants.grantedBy },
    })
    .returning();
  if (!row) throw new Error('role grant upsert returned no row');
  return row;
}

/** Grants `role` in a scope; an existing grant of the same role and scope is returned (made active). */
export async function grantRole(
  db: Db,
  actor: AuditActor,
  input: { userId: string; role: GrantRole; scopeId: number; status?: 'active' | 'pending' },
): Promise<RoleGrant> {
  return db.transaction(async (tx) => {
    const row = await upsertGrant(tx, actor, input);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'role-grant.create',
      targetType: 'role_grant',
      targetId: row.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: { user_id: row.userId, role: row.role, scope_kind: row.scopeKind, scope_id: row.scopeId, status: row.status },
    });
    return row;
  });
}

/** Revokes one grant of an account; a grant that is not theirs (or gone) is a 404. */
export async function revokeGrant(db: Db, actor: AuditActor, userId: string, grantId: string): Promise<RoleGrant> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(roleGrants)
      .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId)))
      .returning();
    if (!row) throw new DomainError('not_found', `No grant ${grantId} on this account.`);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'role-grant.revoke',
      targetType: 'role_grant',
      targetId: row.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: { user_id: row.userId, role: row.role, scope_kind: row.scopeKind, scope_id: row.scopeId },
    });
    return row;
  });
}

/** Confirms a pending player/parent link (the team's coach, checked by the caller). */
export async function confirmGrant(db: Db, actor: AuditActor, grantId: string): Promise<RoleGrant> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(roleGrants)
      .set({ status: 'active', grantedBy: actor.userId })
      .where(and(eq(roleGrants.id, grantId), eq(roleGrants.status, 'pending')))
      .returning();
    if (!row) throw new DomainError('not_found', `No pending grant ${grantId}.`);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'role-grant.confirm',
      targetType: 'role_grant',
      targetId: row.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: { user_id: row.userId, role: row.role, scope_kind: row.scopeKind, scope_id: row.scopeId },
    });
    return row;
  });
}
