import { createAccount } from '@/lib/api/contracts/accounts';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit';
import { createUser } from '@/lib/auth/users';

export const POST = apiRoute(createAccount, async ({ db, body, requestId, ip }) => {
  const user = await db.transaction(async (tx) => {
    const created = await createUser(tx, body);
    await recordAudit(tx, {
      actorId: created.id,
      action: 'account.create',
      targetType: 'user',
      targetId: created.id,
      requestId,
      ip,
    });
    return created;
  });
  return { data: { id: user.id, email: user.email, name: user.name, role: user.role } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
