import { mediaThumbnailContract } from '@/lib/api/contracts/media';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { serveMedia } from '@/lib/media/serve';
import { getMedia } from '@/lib/media/service';
import { mediaStorage } from '@/lib/storage';

export const GET = apiRoute(mediaThumbnailContract, async ({ req, db, params }) => {
  const row = await getMedia(db, params.id);
  if (!row) throw new ApiError('not_found', 'No media has that id.');
  return { data: null, raw: await serveMedia(mediaStorage(), row, 'thumbnail', req.headers.get('range')) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
