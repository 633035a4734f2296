import { getMe } from '@/lib/api/contracts/accounts';
import { apiRoute } from '@/lib/api/route';

export const GET = apiRoute(getMe, async ({ user }) => ({ data: user }));

export { preflight as OPTIONS } from '@/lib/api/preflight';
