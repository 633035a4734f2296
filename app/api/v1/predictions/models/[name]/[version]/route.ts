import '@/app/api/v1/predictions/model-kinds';
import { getModelContract } from '@/lib/api/contracts/predictions';
import { apiRoute } from '@/lib/api/route';
import { DomainError } from '@/lib/errors';
import { modelReplica } from '@/lib/models/replica';
import { findVersionRow, modelVersionView } from '@/lib/models/view';

export const GET = apiRoute(getModelContract, async ({ db, params }) => {
  const row = await findVersionRow(db, params.name, params.version);
  if (!row) throw new DomainError('not_found', `No model ${params.name} version ${params.version}.`);
  return { data: await modelVersionView(db, row, await modelReplica(db)) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
