// Answering "what will this player make" with the loaded player models: the player's league (of his
// latest game), each stat's model (the default, or the line of the kind asked for), and his features
// as of the day asked, from the stored lines before it. A plain function: callers add caching.
import { and, desc, eq } from 'drizzle-orm';
import { bbGames, bbPlayerLines, bbPlayers, bbTeams, leagues } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { type LoadedModel, modelReplica } from '@/lib/models/replica';
import type { PlayerModelKind, PlayerPrediction } from './artifact';
import { type PlayerStat, playerFeaturesAsOf, playerStats } from './features';
import { loadPlayerGameRows } from './load';
import { type PlayerModel, playerTask } from './model-kinds';
import { playerModelName } from './register';

function fieldError(path: string, message: string): DomainError {
  return new DomainError('validation_failed', `The request body is invalid: ${path} ${message}.`, [
    { location: 'body', path, message },
  ]);
}

/** NBA-style seasons are named by the year they start; a season starts in the autumn. */
const seasonOf = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 8 ? 1 : 0);

async function resolvePlayerModel(db: Db, leagueId: number, stat: PlayerStat, kind?: PlayerModelKind): Promise<LoadedModel> {
  const replica = await modelReplica(db);
  const loaded = replica.list().filter((m) => m.task === playerTask(stat) && m.leagueId === leagueId);
  if (!kind) {
    const found = loaded.find((m) => m.isDefault);
    if (found) return found;
    throw new DomainError(
      'conflict',
      `No ${stat} model is loaded as the default of this league: an admin loads one (POST /api/v1/predictions/models/{name}/{version}/load with default: true).`,
    );
  }
  const [league] = await db.select({ slug: leagues.slug }).from(leagues).where(eq(leagues.id, leagueId));
  const name = playerModelName(league?.slug ?? '', stat, kind);
  const versions = loaded
    .filter((m) => m.name === name)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || b.version - a.version);
  if (versions[0]) return versions[0];
  throw new DomainError(
    'conflict',
    `The ${kind} ${stat} model (${name}) is not loaded: an admin trains and loads a version of it first.`,
    {
      field: 'model',
    },
  );
}

export interface PlayerRequest {
  playerId: number;
  date: string;
  opponentTeamId?: number;
  isHome?: boolean;
  model?: PlayerModelKind;
}

export async function predictPlayerStats(db: Db, req: PlayerRequest, gate: (leagueId: number) => Promise<void>) {
  const [player] = await db
    .select({ id: bbPlayers.id, name: bbPlayers.name })
    .from(bbPlayers)
    .where(eq(bbPlayers.id, req.playerId));
  if (!player) throw fieldError('player_id', `names no player (${req.playerId})`);
  const [latest] = await db
    .select({ leagueId: bbGames.leagueId })
    .from(bbPlayerLines)
    .innerJoin(bbGames, eq(bbGames.id, bbPlayerLines.gameId))
    .where(eq(bbPlayerLines.playerId, player.id))
    .orderBy(desc(bbGames.date))
    .limit(1);
  if (!latest) throw fieldError('player_id', `names a player with no stored games (${req.playerId})`);
  const leagueId = latest.leagueId;
  await gate(leagueId);
  let opponent: { id: number; abbreviation: string; full_name: string } | null = null;
  if (req.opponentTeamId !== undefined) {
    const [team] = await db
      .select({ id: bbTeams.id, abbreviation: bbTeams.abbreviation, name: bbTeams.name })
      .from(bbTeams)
      .where(and(eq(bbTeams.id, req.opponentTeamId), eq(bbTeams.leagueId, leagueId)));
    if (!team) throw fieldError('opponent_team_id', `names no team of the player's league (${req.opponentTeamId})`);
    opponent = { id: team.id, abbreviation: team.abbreviation, full_name: team.name };
  }
  const models = await Promise.all(playerStats.map((stat) => resolvePlayerModel(db, leagueId, stat, req.model)));
  const history = await loadPlayerGameRows(db, { leagueId, before: req.date });
  if (!history.some((r) => r.playerId === player.id)) {
    throw fieldError('date', `is before any game of this player (${req.date}): nothing to learn from`);
  }
  const example = playerFeaturesAsOf(history, {
    playerId: player.id,
    date: req.date,
    season: seasonOf(req.date),
    // An unknown opponent defends like the league so far.
    opponentId: opponent?.id ?? 0,
    isHome: req.isHome ?? null,
  });
  const answers = {} as Record<PlayerStat, PlayerPrediction & { model: { name: string; kind: string; version: number } }>;
  for (const m of models) {
    const p = (m.model as PlayerModel).predict(example.features);
    answers[p.stat] = { ...p, model: { name: m.name, kind: m.kind, version: m.version } };
  }
  return { player, opponent, leagueId, priorGames: example.priorGames, answers };
}
