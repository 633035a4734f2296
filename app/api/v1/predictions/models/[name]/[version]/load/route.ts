import '@/app/api/v1/predictions/model-kinds';
import { loadModelContract, unloadModelContract } from '@/lib/api/contracts/predictions';
import { apiRoute } from '@/lib/api/route';
import { loadVersion, unloadVersion } from '@/lib/models/registry';
import { modelReplica } from '@/lib/models/replica';
import { modelVersionView } from '@/lib/models/view';

export const POST = apiRoute(loadModelContract, async ({ db, user, params, body, requestId, ip }) => {
  const row = await loadVersion(db, { userId: user.id, requestId, ip }, params.name, params.version, body?.default === true);
  // The change re-read this replica already (announceModelChange); the others follow their ring.
  const replica = await modelReplica(db);
  return { data: await modelVersionView(db, row, replica) };
});

export const DELETE = apiRoute(unloadModelContract, async ({ db, user, params, requestId, ip }) => {
  const row = await unloadVersion(db, { userId: user.id, requestId, ip }, params.name, params.version);
  const replica = await modelReplica(db);
  return { data: await modelVersionView(db, row, replica) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
