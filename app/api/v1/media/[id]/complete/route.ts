import { completeMediaContract } from '@/lib/api/contracts/media';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { completeUpload, getMedia } from '@/lib/media/service';
import { mediaJson } from '@/lib/media/view';
import { mediaStorage } from '@/lib/storage';

export const POST = apiRoute(completeMediaContract, async ({ db, params, authorize }) => {
  const row = await getMedia(db, params.id);
  if (!row) throw new ApiError('not_found', 'No media has that id.');
  await authorize({ kind: 'teams', teamIds: [row.teamId] });
  return { data: mediaJson(await completeUpload(db, mediaStorage(), row)) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
