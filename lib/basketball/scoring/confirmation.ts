// Whose record a game writes. Admins schedule any game. A coach schedules games of a team they
// manage; against a team they do not manage, the game counts for that team (standings, its players'
// averages, leaders) only once that team's coach or an admin accepts it, and never if declined.
// Imported teams (the pro data) are not theirs to play against at all: only an admin writes them.
import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { bbGames, bbLiveGames, bbTeams } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit';
import { coachedTeamIds } from '@/lib/auth/grants';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { lockStream } from '@/lib/events/store';
import { storedState } from '../live/state';
import { basketballTags } from '../tags';
import { gameStream, saveState } from './project';

interface Actor {
  userId: string;
  role: string;
  requestId?: string;
  ip?: string | null;
}

async function managedOf(db: Db, userId: string, teamIds: number[]): Promise<Set<number>> {
  return coachedTeamIds(db, userId, teamIds);
}

/**
 * What a new game needs: null when it counts for both teams at once, else the team that must
 * accept it. A coach's game against an imported team is refused (403).
 */
export async function teamToConfirm(db: Db, actor: Actor, teamIds: [number, number]): Promise<number | null> {
  if (actor.role === 'admin') return null;
  await refuseImportedTeams(db, actor, teamIds);
  const managed = await managedOf(db, actor.userId, teamIds);
  return teamIds.find((t) => !managed.has(t)) ?? null;
}

/** Imported teams (the pro data: a source id, or no creator) are written by admins only. */
export async function refuseImportedTeams(db: Db, actor: { role: string }, teamIds: number[]): Promise<void> {
  if (actor.role === 'admin') return;
  const [official] = await db
    .select({ name: bbTeams.name })
    .from(bbTeams)
    .where(and(inArray(bbTeams.id, teamIds), or(isNotNull(bbTeams.sourceId), isNull(bbTeams.createdBy))))
    .limit(1);
  if (official) {
    throw new DomainError('forbidden', `${official.name} is an imported team: only an admin can write its games and roster.`);
  }
}

/** May this user answer for the team a game waits on? Its coaches and admins. */
export async function mayAnswerFor(db: Db, user: { id: string; role: string }, teamId: number): Promise<boolean> {
  return user.role === 'admin' || (await managedOf(db, user.id, [teamId])).has(teamId);
}

/**
 * Accepts or declines a game for the team it waits on. Under the game's append lock, so a play
 * being recorded at the same moment sees one answer or the other; the final lines are written anew.
 */
export async function answerGame(db: Db, actor: Actor, gameId: number, answer: 'accepted' | 'declined') {
  const result = await db.transaction(async (tx) => {
    await lockStream(tx, gameStream(gameId));
    const [game] = await tx.select().from(bbGames).where(eq(bbGames.id, gameId)).for('update');
    if (!game) throw new DomainError('not_found', `No game ${gameId}.`);
    if (game.confirmTeamId === null || game.confirmation === null) {
      throw new DomainError('conflict', `Game ${gameId} counts for both teams already: there is nothing to answer.`);
    }
    if (!(await mayAnswerFor(tx, { id: actor.userId, role: actor.role }, game.confirmTeamId))) {
      throw new DomainError('forbidden', `Only a coach of team ${game.confirmTeamId} or an admin can answer for it.`);
    }
    if (game.confirmation === answer) return { game, changed: false, tags: [] as string[] };
    if (game.confirmation !== 'pending') {
      throw new DomainError('conflict', `Game ${gameId} was ${game.confirmation} already.`);
    }
    await tx.update(bbGames).set({ confirmation: answer }).where(eq(bbGames.id, gameId));
    await recordAudit(tx, {
      actorId: actor.userId,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      action: answer === 'accepted' ? 'basketball-game.accept' : 'basketball-game.decline',
      targetType: 'bb_game',
      targetId: String(gameId),
      details: { team_id: game.confirmTeamId },
    });
    const [live] = await tx.select().from(bbLiveGames).where(eq(bbLiveGames.gameId, gameId));
    const state = live ? storedState(live.state) : undefined;
    // A final game's lines are written again with the answer in force.
    const tags = state?.status === 'final' ? await saveState(tx, game, state, state) : [];
    return { game: { ...game, confirmation: answer }, changed: true, tags };
  });
  await invalidateTags([basketballTags.games, ...result.tags]);
  return result;
}
