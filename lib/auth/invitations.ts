// Invitations to take a scoped role (a league admin of a league; a coach or scorekeeper of a team;
// a player or parent of a player record), by a one-time link. The token approach is the password
// reset's: 256 random bits shown once, only their SHA-256 stored. Accepting is one UPDATE that
// checks and spends the link, then grants the role active: the inviter's word is the confirmation a
// player's or parent's link would otherwise wait for. Who may invite is `authorize` with a `grant`
// target (permissions.ts); this file checks the scope exists and writes the rows, audited.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { bbRosters, bbTeams, type GrantRole, type Invitation, invitations, leagues, users } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/log';
import { scopeExists, scopeKindOf, upsertGrant } from './grants-write';
import { mailConfigured, sendMail } from './mail';
import type { Target } from './permissions';

export const INVITATION_LIFETIME_DAYS = 7;

type ScopeKind = Invitation['scopeKind'];

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The page an invitation link opens, on `origin` (the site's public URL). */
export function invitationUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/invitations/${encodeURIComponent(token)}`;
}

/**
 * What handing out `role` in a scope reaches, as an `authorize` target: a league role its league;
 * a team role its team; a player link the teams whose rosters the player is on.
 */
export async function grantTarget(db: Db, role: GrantRole, scopeId: number): Promise<Target> {
  const kind = scopeKindOf[role];
  if (kind === 'league') return { kind: 'grant', role, leagueId: scopeId, teamIds: [] };
  if (kind === 'team') return { kind: 'grant', role, teamIds: [scopeId] };
  const rows = await db.selectDistinct({ id: bbRosters.teamId }).from(bbRosters).where(eq(bbRosters.playerId, scopeId));
  return { kind: 'grant', role, teamIds: rows.map((r) => r.id) };
}

/** Where an invitation stands, as its row says. */
export function invitationStatus(row: Invitation, now = new Date()): 'pending' | 'accepted' | 'revoked' | 'expired' {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

/** "Coach of Westside Wolves (Metro Youth)": what the invitation is for, in words. */
export async function describeScope(db: Db, kind: ScopeKind, scopeId: number): Promise<string> {
  if (kind === 'league') {
    const [l] = await db.select({ name: leagues.name }).from(leagues).where(eq(leagues.id, scopeId)).limit(1);
    return l?.name ?? `league ${scopeId}`;
  }
  const teamOf = (where: SQL) =>
    db
      .select({ name: bbTeams.name, league: leagues.name })
      .from(bbTeams)
      .innerJoin(leagues, eq(leagues.id, bbTeams.leagueId))
      .where(where)
      .limit(1);
  if (kind === 'team') {
    const [t] = await teamOf(eq(bbTeams.id, scopeId));
    return t ? `${t.name} (${t.league})` : `team ${scopeId}`;
  }
  // A player's name stays out: the player may be a minor, and the link may reach anyone.
  const [t] = await teamOf(
    inArray(bbTeams.id, db.select({ id: bbRosters.teamId }).from(bbRosters).where(eq(bbRosters.playerId, scopeId))),
  );
  return t ? `a player of ${t.name} (${t.league})` : `player ${scopeId}`;
}

/** Writes an invitation (audited) and answers its token, shown this once. */
export async function newInvitation(
  db: Db,
  actor: AuditActor,
  input: { email: string; role: GrantRole; scopeId: number },
  mailed = false,
): Promise<{ invitation: Invitation; token: string }> {
  const scopeKind = scopeKindOf[input.role];
  if (!(await scopeExists(db, scopeKind, input.scopeId)))
    throw new DomainError('not_found', `No ${scopeKind} ${input.scopeId} to invite a ${input.role} to.`);
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(invitations)
    .values({
      email,
      role: input.role,
      scopeKind,
      scopeId: input.scopeId,
      invitedBy: actor.userId,
      tokenHash: sha256(token),
      expiresAt: sql`now() + make_interval(days => ${INVITATION_LIFETIME_DAYS})`,
    })
    .returning();
  if (!row) throw new Error('invitation insert returned nothing');
  await recordAudit(db, {
    actorId: actor.userId,
    action: 'invitation.create',
    targetType: 'invitation',
    targetId: row.id,
    requestId: actor.requestId,
    ip: actor.ip ?? null,
    details: { email, role: row.role, scope_kind: row.scopeKind, scope_id: row.scopeId, mailed },
  });
  return { invitation: row, token };
}

/**
 * Creates an invitation (the caller has checked `authorize` on its grant target). When the site
 * sends mail the link goes to the address after the answer, as a reset link does (a failed mail is
 * logged; the inviter sees the invitation pending and may revoke it and invite again); otherwise the
 * link is returned for the inviter to hand over.
 */
export async function createInvitation(
  db: Db,
  actor: AuditActor,
  input: { email: string; role: GrantRole; scopeId: number },
  origin: string,
): Promise<{ invitation: Invitation; url?: string }> {
  const mailed = mailConfigured();
  const { invitation, token } = await db.transaction((tx) => newInvitation(tx, actor, input, mailed));
  const url = invitationUrl(origin, token);
  if (!mailed) return { invitation, url };
  void mailInvitation(db, invitation, url).catch((err) =>
    logger().error({ err, requestId: actor.requestId, invitationId: invitation.id }, 'invitation mail failed'),
  );
  return { invitation };
}

/** What an invitation offers, in words: the role, what it is held in, and who sent it. */
export async function describeInvitation(db: Db, row: Invitation): Promise<{ role: string; scope: string; inviter?: string }> {
  const [inviter] = row.invitedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.invitedBy)).limit(1)
    : [];
  return { role: row.role.replace('_', ' '), scope: await describeScope(db, row.scopeKind, row.scopeId), inviter: inviter?.name };
}

async function mailInvitation(db: Db, row: Invitation, url: string): Promise<void> {
  const about = await describeInvitation(db, row);
  await sendMail({
    to: row.email,
    subject: `You are invited to Statline as ${about.role}`,
    text: [
      `${about.inviter ?? 'Someone'} invites you to Statline as ${about.role} of ${about.scope}.`,
      '',
      `Open this link within ${INVITATION_LIFETIME_DAYS} days, sign in or create an account, and accept:`,
      url,
      '',
      'The link works once. If you do not know the sender, ignore this mail.',
    ].join('\n'),
  });
}

/** The invitation a token names (spent or not), or undefined. */
export async function invitationByToken(db: Db, token: string): Promise<Invitation | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, sha256(token)))
    .limit(1);
  return row;
}

export async function invitationById(db: Db, id: string): Promise<Invitation | undefined> {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id)).limit(1);
  return row;
}

/**
 * Invitations: with a scope, every one in it (a team's include its players' links; a league's its
 * teams'); without, the ones the caller sent (every one, for site admins). Newest first.
 */
export async function listInvitations(
  db: Db,
  filter: { sentBy?: string; scope?: { kind: ScopeKind; id: number } },
  limit = 200,
): Promise<Invitation[]> {
  const conditions: SQL[] = [];
  if (filter.sentBy) conditions.push(eq(invitations.invitedBy, filter.sentBy));
  const scope = filter.scope;
  if (scope) {
    const own = and(eq(invitations.scopeKind, scope.kind), eq(invitations.scopeId, scope.id));
    if (scope.kind === 'team') {
      const players = db.select({ id: bbRosters.playerId }).from(bbRosters).where(eq(bbRosters.teamId, scope.id));
      conditions.push(or(own, and(eq(invitations.scopeKind, 'player'), inArray(invitations.scopeId, players))) as SQL);
    } else if (scope.kind === 'league') {
      const teams = db.select({ id: bbTeams.id }).from(bbTeams).where(eq(bbTeams.leagueId, scope.id));
      conditions.push(or(own, and(eq(invitations.scopeKind, 'team'), inArray(invitations.scopeId, teams))) as SQL);
    } else conditions.push(own as SQL);
  }
  return db
    .select()
    .from(invitations)
    .where(and(...conditions))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
}

/** Revokes a pending invitation: its link stops working. An accepted or revoked one is a 409. */
export async function revokeInvitation(db: Db, actor: AuditActor, id: string): Promise<Invitation> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning();
    if (!row) {
      const existing = await invitationById(tx, id);
      if (!existing) throw new DomainError('not_found', `No invitation ${id}.`);
      throw new DomainError('conflict', `This invitation is already ${invitationStatus(existing)}.`, {
        status: invitationStatus(existing),
      });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'invitation.revoke',
      targetType: 'invitation',
      targetId: row.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: { email: row.email, role: row.role, scope_kind: row.scopeKind, scope_id: row.scopeId },
    });
    return row;
  });
}

/**
 * The signed-in account accepts: spends the link and takes the role, active. A token that names no
 * invitation is a 404; an accepted, revoked or expired one a 409 saying which. Of any number of
 * accepts racing with one token, exactly one spends it.
 */
export async function acceptInvitation(db: Db, actor: AuditActor, token: string): Promise<Invitation> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ acceptedAt: sql`now()`, acceptedBy: actor.userId })
      .where(
        and(
          eq(invitations.tokenHash, sha256(token)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!row) {
      const existing = await invitationByToken(tx, token);
      if (!existing) throw new DomainError('not_found', 'This invitation link is not valid: check it was copied whole.');
      const status = invitationStatus(existing);
      throw new DomainError(
        'conflict',
        `This invitation has been ${status === 'pending' ? 'used' : status}: ask for a new one.`,
        {
          status,
        },
      );
    }
    // The inviter was allowed to hand this role out: their invitation is the coach's confirmation,
    // so the grant is active at once. Its row is this accept's one audit row.
    const grant = await upsertGrant(tx, actor, { userId: actor.userId, role: row.role, scopeId: row.scopeId, status: 'active' });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'invitation.accept',
      targetType: 'invitation',
      targetId: row.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: {
        role: row.role,
        scope_kind: row.scopeKind,
        scope_id: row.scopeId,
        invited_by: row.invitedBy,
        grant_id: grant.id,
      },
    });
    return row;
  });
}
