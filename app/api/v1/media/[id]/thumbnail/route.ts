import { mediaThumbnailContract } from '@/lib/api/contracts/media';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { visibleMedium } from '@/lib/media/privacy';
import { serveMedia } from '@/lib/media/serve';
import { getMedia } from '@/lib/media/service';
import { mediaStorage } from '@/lib/storage';

export const GET = apiRoute(mediaThumbnailContract, async ({ req, db, principal, params }) => {
  const row = await visibleMedium(db, viewerOf(principal), await getMedia(db, params.id));
  if (!row) throw new ApiError('not_found', 'No media has that id.');
  return { data: null, raw: await serveMedia(mediaStorage(), row, 'thumbnail', req.headers.get('range')) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
