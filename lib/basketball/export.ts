// Export to Statline's JSON format, ordered by natural keys so equal data gives equal documents.

import { eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bbGames, bbPlayerLines, bbPlayers, bbTeamLines, bbTeams } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { BasketballExport } from './import/json-format';
import { type CountingKey, pickCounting } from './stats';

const gameKey = (g: { id: number; sourceId: string | null }) => g.sourceId ?? `statline:${g.id}`;
const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

const statsOf = (l: Record<CountingKey, number> & { plusMinus: number | null }) => ({
  ...pickCounting(l),
  plus_minus: l.plusMinus,
});

export async function exportBasketball(db: Db, opts: { seasons?: number[] } = {}): Promise<BasketballExport> {
  const games = await db
    .select()
    .from(bbGames)
    .where(opts.seasons?.length ? inArray(bbGames.season, opts.seasons) : undefined);
  const teams = await db.select().from(bbTeams);
  const teamKey = new Map(teams.map((t) => [t.id, t.sourceId ?? `statline:${t.id}`]));
  const gameIds = games.map((g) => g.id);
  const gk = new Map(games.map((g) => [g.id, gameKey(g)]));
  const teamLines = gameIds.length ? await db.select().from(bbTeamLines).where(inArray(bbTeamLines.gameId, gameIds)) : [];
  const player = alias(bbPlayers, 'p');
  const playerLines = gameIds.length
    ? await db
        .select({ line: bbPlayerLines, playerKey: sql<string>`coalesce(${player.sourceId}, 'statline:' || ${player.id})` })
        .from(bbPlayerLines)
        .innerJoin(player, eq(player.id, bbPlayerLines.playerId))
        .where(inArray(bbPlayerLines.gameId, gameIds))
    : [];
  const playerIds = [...new Set(playerLines.map((l) => l.line.playerId))];
  const players = playerIds.length ? await db.select().from(bbPlayers).where(inArray(bbPlayers.id, playerIds)) : [];
  const usedTeams = new Set(games.flatMap((g) => [g.homeTeamId, g.awayTeamId]));
  const tk = (id: number | null) => (id === null ? null : (teamKey.get(id) ?? ''));

  return {
    format: 'statline-basketball',
    version: 1,
    teams: teams
      .filter((t) => usedTeams.has(t.id))
      .map((t) => ({ source_id: tk(t.id) ?? '', abbreviation: t.abbreviation, name: t.name, name_season: t.nameSeason }))
      .sort(byKey((t) => t.source_id)),
    players: players.map((p) => ({ source_id: p.sourceId ?? `statline:${p.id}`, name: p.name })).sort(byKey((p) => p.source_id)),
    games: games
      .map((g) => ({
        source_id: gameKey(g),
        season: g.season,
        date: g.date,
        postseason: g.postseason,
        venue_known: g.venueKnown,
        home_team: tk(g.homeTeamId) ?? '',
        away_team: tk(g.awayTeamId) ?? '',
        home_score: g.homeScore,
        away_score: g.awayScore,
        winner_team: tk(g.winnerTeamId),
      }))
      .sort(byKey((g) => g.source_id)),
    team_lines: teamLines
      .map((l) => ({
        game: gk.get(l.gameId) ?? '',
        team: tk(l.teamId) ?? '',
        min: l.min,
        ...statsOf(l),
        team_reb: l.teamReb,
        team_tov: l.teamTov,
      }))
      .sort(byKey((l) => `${l.game}|${l.team}`)),
    player_lines: playerLines
      .map(({ line, playerKey }) => ({
        game: gk.get(line.gameId) ?? '',
        player: playerKey,
        team: tk(line.teamId) ?? '',
        min: line.min,
        ...statsOf(line),
      }))
      .sort(byKey((l) => `${l.game}|${l.player}`)),
  };
}
