// Reading live games: the projection row, the rosters with names and numbers, the box score.
import { and, eq, inArray } from 'drizzle-orm';
import { bbGames, bbLiveGames, bbPlayers, bbRosters } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { hiddenMinorIds, initialsOf, type PrivacyViewer } from '@/lib/leagues/privacy';
import { getGame } from '../api-queries';
import { toGame } from '../api-views';
import { type GameState, storedState } from '../live/state';
import { type RosterEntry, toBoxscore } from './views';

/** The league of a game, or undefined when there is no such game. */
export async function gameLeagueId(db: Db, gameId: number): Promise<number | undefined> {
  const [row] = await db.select({ leagueId: bbGames.leagueId }).from(bbGames).where(eq(bbGames.id, gameId));
  return row?.leagueId;
}

export async function liveGameExists(db: Db, gameId: number): Promise<boolean> {
  const [row] = await db.select({ id: bbLiveGames.gameId }).from(bbLiveGames).where(eq(bbLiveGames.gameId, gameId));
  return Boolean(row);
}

export async function rosterEntries(
  db: Db,
  season: number,
  teamIds: number[],
): Promise<Map<number, RosterEntry & { teamId: number }>> {
  const rows = await db
    .select({ id: bbPlayers.id, name: bbPlayers.name, jerseyNumber: bbRosters.jerseyNumber, teamId: bbRosters.teamId })
    .from(bbRosters)
    .innerJoin(bbPlayers, eq(bbPlayers.id, bbRosters.playerId))
    .where(and(eq(bbRosters.season, season), inArray(bbRosters.teamId, teamIds)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The stored state of a live-scored game (for pages that show part of it); null for imported games. */
export async function liveGameState(db: Db, gameId: number): Promise<GameState | null> {
  const [row] = await db.select({ state: bbLiveGames.state }).from(bbLiveGames).where(eq(bbLiveGames.gameId, gameId));
  return row ? storedState(row.state) : null;
}

/**
 * The game, its projection and its rosters; null when it is not a live-scored game. Names of minors
 * the viewer may not see come as initials (lib/leagues/privacy.ts).
 */
export async function loadLiveGame(db: Db, gameId: number, viewer: PrivacyViewer) {
  const found = await getGame(db, gameId);
  if (!found) return null;
  const [live] = await db.select().from(bbLiveGames).where(eq(bbLiveGames.gameId, gameId));
  if (!live) return null;
  const { game } = found;
  const full = await rosterEntries(db, game.season, [game.home.id, game.away.id]);
  const hidden = await hiddenMinorIds(db, viewer, [...full.keys()]);
  const roster = new Map(
    [...full].map(([id, entry]) => [id, hidden.has(id) ? { ...entry, name: initialsOf(entry.name) } : entry]),
  );
  const state = storedState(live.state);
  return {
    game,
    state,
    roster,
    boxscore: (now?: number) => toBoxscore({ ...toGame(game), rule_set: state.setup.ruleSet }, state, roster, now),
  };
}
