import '@/app/api/v1/predictions/model-kinds';
import { listModelsContract } from '@/lib/api/contracts/predictions';
import { apiRoute } from '@/lib/api/route';
import { modelReplica } from '@/lib/models/replica';
import { listVersionRows, modelVersionViews } from '@/lib/models/view';

export const GET = apiRoute(listModelsContract, async ({ db, query }) => {
  const rows = await listVersionRows(db, { task: query.task, leagueId: query.league_id, name: query.name });
  return { data: await modelVersionViews(db, rows, await modelReplica(db)) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
