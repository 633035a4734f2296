// A media row as the API shows it.
import type { Media } from '@/drizzle/schema';

export function mediaJson(m: Media) {
  return {
    id: m.id,
    kind: m.kind,
    status: m.status,
    content_type: m.contentType,
    bytes: m.bytes,
    width: m.width,
    height: m.height,
    team_id: m.teamId,
    player_id: m.playerId,
    game_id: m.gameId,
    url: `/api/v1/media/${m.id}/file`,
    thumbnail_url: m.thumbnailKey ? `/api/v1/media/${m.id}/thumbnail` : null,
    created_at: m.createdAt.toISOString(),
  };
}
