// What a notification says and where it leads, from its kind and payload.
import type { NotificationView } from '@/lib/notify/inbox';

type Side = { id?: number; name?: string; score?: number | null };

export function describeNotification(n: NotificationView): { text: string; href: string | null } {
  const p = n.payload as Record<string, unknown>;
  const home = (p.home ?? {}) as Side;
  const away = (p.away ?? {}) as Side;
  const gameId = p.game_id as number | undefined;
  switch (n.kind) {
    case 'game_started':
      return { text: `${away.name} at ${home.name} has started`, href: gameId ? `/basketball/live/${gameId}` : null };
    case 'game_ended':
      return {
        text: `Final: ${away.name} ${away.score ?? '–'}, ${home.name} ${home.score ?? '–'}`,
        href: gameId ? `/basketball/games/${gameId}` : null,
      };
    case 'personal_best':
      return {
        text: `${p.player_name} scored ${p.points} points, a personal best (previous ${p.previous_best})`,
        href: gameId ? `/basketball/games/${gameId}` : null,
      };
    case 'golf_personal_best':
      return {
        text: `${p.golfer_name ?? 'A golfer'} shot a new best round${p.gross ? ` of ${p.gross}` : ''}${p.previous ? ` (previous best ${p.previous})` : ''}`,
        href: p.round_id ? `/golf/rounds/${p.round_id}` : p.golfer_id ? `/golf/players/${p.golfer_id}` : null,
      };
  }
}
