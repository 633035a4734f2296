import { createAccount } from '@/lib/api/contracts/accounts';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit';
import { createUser, EmailTakenError } from '@/lib/auth/users';

export const POST = apiRoute(createAccount, async ({ db, body, requestId, ip }) => {
  try {
    const user = await db.transaction(async (tx) => {
      const created = await createUser(tx as typeof db, body);
      await recordAudit(tx as typeof db, {
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
  } catch (err) {
    if (err instanceof EmailTakenError) throw new ApiError('conflict', err.message);
    throw err;
  }
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
