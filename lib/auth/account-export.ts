// What the platform holds about an account, for its owner's download (GDPR access): the account,
// its API keys (metadata only: never a key or its hash), the audit rows it made or that are about it,
// and what it follows, its notifications and its email digest setting.
import { asc, eq, or } from 'drizzle-orm';
import { apiKeys, auditLog, notifications, passwordResets, roleGrants, users } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { getDigest } from '@/lib/notify/digest-settings';
import { listFollows } from '@/lib/notify/follows';
import { notificationView } from '@/lib/notify/inbox';
import { maskNotificationMinors } from '@/lib/notify/notification-privacy';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function exportAccountRecords(db: Db, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.deletedAt) throw new DomainError('not_found', `No account ${userId}.`);
  const keys = await db.select().from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(asc(apiKeys.createdAt));
  const resets = await db
    .select()
    .from(passwordResets)
    .where(eq(passwordResets.userId, userId))
    .orderBy(asc(passwordResets.createdAt));
  const grants = await db.select().from(roleGrants).where(eq(roleGrants.userId, userId));
  const audit = await db
    .select()
    .from(auditLog)
    .where(or(eq(auditLog.actorId, userId), eq(auditLog.targetId, userId)))
    .orderBy(asc(auditLog.id));
  const notes = await db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.id));
  // A notification names other people: a minor's name stays initials, as on /my.
  const shown = await maskNotificationMinors(db, { id: userId, role: user.role }, notes.map(notificationView));
  const digestedAt = new Map(notes.map((n) => [n.id, iso(n.digestedAt)]));
  return {
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      findable_by_email: user.findableByEmail,
      golf_public: user.golfPublic,
      disabled_at: iso(user.disabledAt),
      created_at: iso(user.createdAt),
      has_password: user.passwordHash !== null,
    },
    api_keys: keys.map((k) => ({
      id: k.id,
      name: k.name,
      scope: k.scope,
      prefix: `sl_${k.prefix}`,
      created_at: iso(k.createdAt),
      last_used_at: iso(k.lastUsedAt),
      revoked_at: iso(k.revokedAt),
    })),
    password_resets: resets.map((r) => ({
      created_at: iso(r.createdAt),
      expires_at: iso(r.expiresAt),
      used_at: iso(r.usedAt),
      issued_by_admin: r.issuedBy !== null,
    })),
    coached_team_ids: grants.filter((g) => g.role === 'coach' && g.scopeKind === 'team').map((g) => g.scopeId),
    role_grants: grants.map((g) => ({
      id: g.id,
      role: g.role,
      scope_kind: g.scopeKind,
      scope_id: g.scopeId,
      status: g.status,
      created_at: iso(g.createdAt),
    })),
    following: {
      follows: await listFollows(db, userId),
      notifications: shown.map((n) => ({ ...n, digested_at: digestedAt.get(n.id) ?? null })),
      email_digest: await getDigest(db, userId),
    },
    audit: audit.map((a) => ({
      id: a.id,
      at: iso(a.at),
      action: a.action,
      by_you: a.actorId === userId,
      target_type: a.targetType,
      target_id: a.targetId,
      request_id: a.requestId,
      // Someone else's address (an admin's, a stranger asking for a reset) is not this person's data.
      ip: a.actorId === userId ? a.ip : null,
      details: a.details ?? null,
    })),
  };
}

/** Records that someone downloaded an account's data (its owner, or an admin). */
export async function auditExport(db: Db, actor: AuditActor, userId: string): Promise<void> {
  await recordAudit(db, {
    actorId: actor.userId,
    action: 'account.export',
    targetType: 'user',
    targetId: userId,
    requestId: actor.requestId,
    ip: actor.ip ?? null,
  });
}
