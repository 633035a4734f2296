// Basketball's notifications, written by the notify consumer (lib/notify) from game streams:
// a followed game starts (period 1 begins) or ends, and a followed player's points in a finished
// game beat every earlier game of theirs. Followers of the league or either team hear of the game;
// followers of a player hear of their personal best. Each is one INSERT … SELECT.
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { fanOut, followersOf } from '@/lib/notify/fanout';

const GAME_PREFIX = 'basketball-game:';

interface GameRow {
  id: number;
  league_id: number;
  home_team_id: number;
  away_team_id: number;
  home_score: number | null;
  away_score: number | null;
  home_name: string;
  away_name: string;
}

async function gameOf(tx: Db, gameId: number): Promise<GameRow | undefined> {
  const res = await tx.execute(sql`
    select g.id, g.league_id, g.home_team_id, g.away_team_id, g.home_score, g.away_score,
           h.name as home_name, a.name as away_name
    from bb_games g join bb_teams h on h.id = g.home_team_id join bb_teams a on a.id = g.away_team_id
    where g.id = ${gameId}`);
  return rowsOf<GameRow>(res)[0];
}

const gameFollowers = (g: GameRow) =>
  followersOf([
    { kind: 'league', id: g.league_id },
    { kind: 'team', id: g.home_team_id },
    { kind: 'team', id: g.away_team_id },
  ]);

// A start carries no score: the consumer may run after play has begun, and the row's score is then
// the running one, not the start's. An end carries the final score the projection wrote at game_end.
function gamePayload(g: GameRow, final: boolean) {
  return {
    game_id: g.id,
    home: { id: g.home_team_id, name: g.home_name, score: final ? g.home_score : null },
    away: { id: g.away_team_id, name: g.away_name, score: final ? g.away_score : null },
  };
}

export const isGameStart = (e: StoredEvent) =>
  e.stream.startsWith(GAME_PREFIX) && e.type === 'period_start' && (e.data as { period?: number })?.period === 1;
export const isGameEnd = (e: StoredEvent) => e.stream.startsWith(GAME_PREFIX) && e.type === 'game_end';

export async function basketballNotifications(tx: Db, batch: readonly StoredEvent[]): Promise<string[]> {
  const notified: string[] = [];
  for (const e of batch) {
    const start = isGameStart(e);
    const end = !start && isGameEnd(e);
    if (!start && !end) continue;
    const g = await gameOf(tx, Number(e.stream.slice(GAME_PREFIX.length)));
    if (!g) continue;
    const kind = start ? 'game_started' : 'game_ended';
    notified.push(
      ...(await fanOut(tx, {
        kind,
        key: `${kind}:${g.id}`,
        sourceEventId: e.id,
        payload: gamePayload(g, end),
        recipients: gameFollowers(g),
      })),
    );
    if (end) notified.push(...(await personalBests(tx, e, g)));
  }
  return notified;
}

/**
 * Points in this game above the player's best of every earlier game (by date, then id). A first game
 * is a baseline, not a record. One statement for every player of the game and all their followers.
 */
async function personalBests(tx: Db, e: StoredEvent, g: GameRow): Promise<string[]> {
  const res = await tx.execute(sql`
    insert into notifications (user_id, kind, payload, source_event_id, key)
    select distinct f.user_id, 'personal_best',
      jsonb_build_object('game_id', ${g.id}::int, 'player_id', l.player_id, 'player_name', p.name,
                         'points', l.pts, 'previous_best', prev.best, 'team_id', l.team_id),
      ${e.id}::uuid, 'personal_best:' || ${g.id}::int || ':' || l.player_id
    from bb_player_lines l
    join bb_games g on g.id = l.game_id
    join bb_players p on p.id = l.player_id
    join lateral (
      select max(o.pts) as best from bb_player_lines o join bb_games og on og.id = o.game_id
      where o.player_id = l.player_id and (og.date, og.id) < (g.date, g.id)
    ) prev on prev.best is not null and l.pts > prev.best
    join follows f on f.target_kind = 'player' and f.target_id = l.player_id::text
    where l.game_id = ${g.id}
    on conflict (user_id, key) do nothing
    returning user_id`);
  return rowsOf<{ user_id: string }>(res).map((r) => r.user_id);
}
