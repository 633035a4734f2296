// An invitation as the API answers it (the Invitation schema in lib/api/contracts/invitations.ts).
import type { Invitation } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { describeScope, invitationStatus } from './invitations';

export async function invitationView(db: Db, row: Invitation) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    scope_kind: row.scopeKind,
    scope_id: row.scopeId,
    scope_name: await describeScope(db, row.scopeKind, row.scopeId),
    invited_by: row.invitedBy,
    status: invitationStatus(row),
    expires_at: row.expiresAt.toISOString(),
    accepted_at: row.acceptedAt?.toISOString() ?? null,
    accepted_by: row.acceptedBy,
    revoked_at: row.revokedAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}
