import { deleteMediaContract, getMediaContract } from '@/lib/api/contracts/media';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { visibleMedium } from '@/lib/media/privacy';
import { deleteMedia, getMedia } from '@/lib/media/service';
import { mediaJson } from '@/lib/media/view';
import { mediaStorage } from '@/lib/storage';

export const GET = apiRoute(getMediaContract, async ({ db, principal, params }) => {
  const row = await visibleMedium(db, viewerOf(principal), await getMedia(db, params.id));
  if (!row) throw new ApiError('not_found', 'No media has that id.');
  return { data: mediaJson(row) };
});

export const DELETE = apiRoute(deleteMediaContract, async ({ db, params, authorize }) => {
  const row = await getMedia(db, params.id);
  if (!row) throw new ApiError('not_found', 'No media has that id.');
  await authorize({ kind: 'teams', teamIds: [row.teamId] });
  await deleteMedia(db, mediaStorage(), row);
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
