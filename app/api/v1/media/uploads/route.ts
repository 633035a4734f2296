import { presignMediaContract } from '@/lib/api/contracts/media';
import { apiRoute } from '@/lib/api/route';
import { checkTarget, startPresignedUpload } from '@/lib/media/service';
import { mediaJson } from '@/lib/media/view';
import { mediaStorage } from '@/lib/storage';

export const POST = apiRoute(presignMediaContract, async ({ db, user, body, authorize }) => {
  const target = { kind: body.kind, teamId: body.team_id, playerId: body.player_id, gameId: body.game_id };
  await authorize({ kind: 'teams', teamIds: [target.teamId] });
  await checkTarget(db, target);
  const file = { bytes: body.bytes, contentType: body.content_type };
  const { row, upload } = await startPresignedUpload(db, mediaStorage(), user.id, target, file);
  return {
    data: {
      media: mediaJson(row),
      upload: { url: upload.url, method: upload.method, headers: upload.headers, expires_at: upload.expiresAt.toISOString() },
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
