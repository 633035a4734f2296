// Recomputes live games' projections from their logs: after a reducer fix, or to check that the
// stored state is what the log says. One transaction per game, under the stream's append lock.
import { asc, eq, sql } from 'drizzle-orm';
import { bbGames, bbLiveGames } from '@/drizzle/schema';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { replay } from '../live/reducer';
import { type GameState, storedState } from '../live/state';
import { gameRosters } from './entities';
import { gameStream, readAll, saveState, toLogged } from './project';

export async function liveGameIds(db: Db): Promise<number[]> {
  const rows = await db.select({ id: bbLiveGames.gameId }).from(bbLiveGames).orderBy(asc(bbLiveGames.gameId));
  return rows.map((r) => r.id);
}

/** Rebuilds one game; answers whether the stored state differed from the log's. */
export async function rebuildGame(db: Db, gameId: number): Promise<{ changed: boolean; events: number }> {
  const { tags, changed, events } = await db.transaction(async (t) => {
    // The same lock appends take: no play can land between reading the log and writing the state.
    await t.execute(sql`select pg_advisory_xact_lock(hashtextextended(${gameStream(gameId)}, 0))`);
    const [game] = await t
      .select({ id: bbGames.id, season: bbGames.season, homeTeamId: bbGames.homeTeamId, awayTeamId: bbGames.awayTeamId })
      .from(bbGames)
      .where(eq(bbGames.id, gameId));
    const [live] = await t.select().from(bbLiveGames).where(eq(bbLiveGames.gameId, gameId));
    if (!game || !live) throw new Error(`game ${gameId} is not a live game`);
    const stored = storedState(live.state);
    const rosters = await gameRosters(t, game);
    const log = (await readAll(t, gameStream(gameId))).map(toLogged);
    const setup = {
      ruleSet: stored.setup.ruleSet,
      home: { team_id: game.homeTeamId, player_ids: rosters.home },
      visitor: { team_id: game.awayTeamId, player_ids: rosters.visitor },
    };
    const state = replay(setup, log);
    const changed = JSON.stringify(normalized(stored)) !== JSON.stringify(normalized(state));
    return { tags: await saveState(t, game, null, state), changed, events: log.length };
  });
  await invalidateTags(tags);
  return { changed, events };
}

/** Key order and roster order differ between incremental and rebuilt states without meaning anything. */
function normalized(state: GameState) {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sortKeys(x)]),
          )
        : v;
  const copy = structuredClone(state);
  for (const side of ['home', 'visitor'] as const) copy.setup[side].player_ids.sort((a, b) => a - b);
  return sortKeys(copy);
}
