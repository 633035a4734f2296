import { listMediaContract, uploadMediaContract } from '@/lib/api/contracts/media';
import { ApiError } from '@/lib/api/errors';
import { readBodyLimited } from '@/lib/api/parse';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { kindRules, megabytes, uploadTypes } from '@/lib/media/kinds';
import { visibleMedia } from '@/lib/media/privacy';
import { checkTarget, listMedia, uploadMedia } from '@/lib/media/service';
import { mediaJson } from '@/lib/media/view';
import { mediaStorage } from '@/lib/storage';

export const POST = apiRoute(uploadMediaContract, async ({ req, db, user, query, authorize }) => {
  const target = { kind: query.kind, teamId: query.team_id, playerId: query.player_id, gameId: query.game_id };
  await authorize({ kind: 'teams', teamIds: [target.teamId] });
  await checkTarget(db, target);
  // Form posts (which a browser sends cross-site without asking) are refused; the bytes decide the type.
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!uploadTypes.includes(type)) {
    throw new ApiError(
      'unsupported_media_type',
      `Send the file itself as the body, with Content-Type ${uploadTypes.join(', ')}.`,
    );
  }
  const max = kindRules[target.kind].maxBytes;
  const data = await readBodyLimited(req, max, `${megabytes(max)} for a ${target.kind}`);
  const row = await uploadMedia(db, mediaStorage(), user.id, target, data);
  return { data: mediaJson(row), headers: { location: `/api/v1/media/${row.id}` } };
});

export const GET = apiRoute(listMediaContract, async ({ db, principal, query }) => {
  const rows = await listMedia(db, {
    teamId: query.team_id,
    playerId: query.player_id,
    gameId: query.game_id,
    kinds: query.kind ? [query.kind] : undefined,
    limit: query.limit,
  });
  const viewer = viewerOf(principal);
  const shown = await visibleMedia(db, viewer, rows);
  return { data: shown.map(mediaJson), headers: viewer ? { 'cache-control': 'private, no-store' } : undefined };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
