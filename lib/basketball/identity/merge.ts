// An admin's merge of two player rows that are one person, and the split that undoes a wrong one.
// A merge moves the other player's lines, roster rows and aliases to the kept player, keeps the
// other's source key and spelling as aliases, and records everything it changed, so a split puts
// every row back where it was. Where both players have a line in one game (one game imported twice
// under two spellings), the kept player's line stays and the other is set aside in the record.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { bbPlayerAliases, bbPlayerLines, bbPlayerMerges, bbPlayers, bbRosters } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { basketballTags } from '../tags';
import { touchBasketballData } from '../versioned-cache';

interface Actor {
  userId: string;
  requestId?: string;
  ip?: string | null;
}
type Player = typeof bbPlayers.$inferSelect;
type Line = typeof bbPlayerLines.$inferSelect;
type Roster = typeof bbRosters.$inferSelect;

interface Snapshot {
  player: Player;
  movedLineIds: number[];
  droppedLines: Line[];
  movedRosters: { teamId: number; season: number }[];
  droppedRosters: Roster[];
  movedAliasIds: number[];
  createdAliasIds: number[];
}

const audit = (actor: Actor, action: string, targetId: number, details: Record<string, unknown>) => ({
  actorId: actor.userId,
  requestId: actor.requestId,
  ip: actor.ip ?? null,
  action,
  targetType: 'bb_player',
  targetId: String(targetId),
  details,
});

export async function mergePlayers(db: Db, actor: Actor, keptId: number, otherId: number) {
  if (keptId === otherId) throw new DomainError('rule_violation', 'A player cannot be merged into itself.');
  const result = await db.transaction(async (tx) => {
    const players = await tx
      .select()
      .from(bbPlayers)
      .where(inArray(bbPlayers.id, [keptId, otherId]))
      .orderBy(bbPlayers.id)
      .for('update');
    const kept = players.find((p) => p.id === keptId);
    const other = players.find((p) => p.id === otherId);
    if (!kept || !other) throw new DomainError('not_found', `No player ${kept ? otherId : keptId}.`);
    const [live] = rowsOf<{ n: number }>(
      await tx.execute(sql`select count(*)::int as n from bb_player_lines l join bb_live_games g on g.game_id = l.game_id
        where l.player_id = ${otherId}`),
    );
    if (Number(live?.n) > 0) {
      throw new DomainError('conflict', `${other.name} was scored live: the plays name that player. Merge the other way.`);
    }
    const lines = await tx.select().from(bbPlayerLines).where(eq(bbPlayerLines.playerId, otherId));
    const keptGames = new Set(
      (await tx.select({ gameId: bbPlayerLines.gameId }).from(bbPlayerLines).where(eq(bbPlayerLines.playerId, keptId))).map(
        (l) => l.gameId,
      ),
    );
    const droppedLines = lines.filter((l) => keptGames.has(l.gameId));
    const moved = lines.filter((l) => !keptGames.has(l.gameId));
    if (droppedLines.length)
      await tx.delete(bbPlayerLines).where(
        inArray(
          bbPlayerLines.id,
          droppedLines.map((l) => l.id),
        ),
      );
    if (moved.length) {
      await tx
        .update(bbPlayerLines)
        .set({ playerId: keptId })
        .where(
          inArray(
            bbPlayerLines.id,
            moved.map((l) => l.id),
          ),
        );
    }
    const rosters = await tx.select().from(bbRosters).where(eq(bbRosters.playerId, otherId));
    const keptRosters = await tx.select().from(bbRosters).where(eq(bbRosters.playerId, keptId));
    const clash = (r: Roster) => keptRosters.some((k) => k.teamId === r.teamId && k.season === r.season);
    await tx.delete(bbRosters).where(eq(bbRosters.playerId, otherId));
    const movedRosters = rosters.filter((r) => !clash(r));
    // The kept player takes the roster spot without the other's jersey, which may belong to someone else by now.
    if (movedRosters.length) {
      await tx
        .insert(bbRosters)
        .values(movedRosters.map((r) => ({ ...r, playerId: keptId })))
        .onConflictDoNothing();
    }
    const aliases = await tx
      .select({ id: bbPlayerAliases.id })
      .from(bbPlayerAliases)
      .where(eq(bbPlayerAliases.playerId, otherId));
    if (aliases.length) await tx.update(bbPlayerAliases).set({ playerId: keptId }).where(eq(bbPlayerAliases.playerId, otherId));
    await tx.delete(bbPlayers).where(eq(bbPlayers.id, otherId));
    const created = await tx
      .insert(bbPlayerAliases)
      .values({ playerId: keptId, sourceKey: other.sourceId, name: other.name })
      .onConflictDoNothing()
      .returning({ id: bbPlayerAliases.id });
    const snapshot: Snapshot = {
      player: other,
      movedLineIds: moved.map((l) => l.id),
      droppedLines,
      movedRosters: movedRosters.map((r) => ({ teamId: r.teamId, season: r.season })),
      droppedRosters: rosters.filter(clash),
      movedAliasIds: aliases.map((a) => a.id),
      createdAliasIds: created.map((a) => a.id),
    };
    const [merge] = await tx
      .insert(bbPlayerMerges)
      .values({ keptPlayerId: keptId, snapshot, mergedBy: actor.userId })
      .returning({ id: bbPlayerMerges.id });
    await recordAudit(
      tx,
      audit(actor, 'basketball-player.merge', keptId, {
        merged_player_id: otherId,
        merged_name: other.name,
        merge_id: merge?.id,
        lines_moved: moved.length,
        lines_set_aside: droppedLines.length,
      }),
    );
    await touchBasketballData(tx);
    return { kept, mergeId: merge?.id ?? 0, linesMoved: moved.length, linesSetAside: droppedLines.length };
  });
  await invalidateTags(basketballTags.all);
  return result;
}

export async function splitMerge(db: Db, actor: Actor, mergeId: number) {
  const result = await db.transaction(async (tx) => {
    const [merge] = await tx.select().from(bbPlayerMerges).where(eq(bbPlayerMerges.id, mergeId)).for('update');
    if (!merge) throw new DomainError('not_found', `No merge ${mergeId}.`);
    if (merge.splitAt) throw new DomainError('conflict', `Merge ${mergeId} was split already.`);
    const s = merge.snapshot as Snapshot;
    const keptId = merge.keptPlayerId;
    if (s.createdAliasIds.length) await tx.delete(bbPlayerAliases).where(inArray(bbPlayerAliases.id, s.createdAliasIds));
    await tx.insert(bbPlayers).values(s.player);
    if (s.movedAliasIds.length) {
      await tx.update(bbPlayerAliases).set({ playerId: s.player.id }).where(inArray(bbPlayerAliases.id, s.movedAliasIds));
    }
    if (s.movedLineIds.length) {
      await tx
        .update(bbPlayerLines)
        .set({ playerId: s.player.id })
        .where(and(inArray(bbPlayerLines.id, s.movedLineIds), eq(bbPlayerLines.playerId, keptId)));
    }
    if (s.droppedLines.length) await tx.insert(bbPlayerLines).values(s.droppedLines).onConflictDoNothing();
    for (const r of s.movedRosters) {
      await tx
        .update(bbRosters)
        .set({ playerId: s.player.id })
        .where(and(eq(bbRosters.playerId, keptId), eq(bbRosters.teamId, r.teamId), eq(bbRosters.season, r.season)));
    }
    if (s.droppedRosters.length) await tx.insert(bbRosters).values(s.droppedRosters).onConflictDoNothing();
    await tx.update(bbPlayerMerges).set({ splitAt: sql`now()` }).where(eq(bbPlayerMerges.id, mergeId));
    await recordAudit(
      tx,
      audit(actor, 'basketball-player.split', keptId, { merge_id: mergeId, restored_player_id: s.player.id }),
    );
    await touchBasketballData(tx);
    return { keptId, restored: s.player };
  });
  await invalidateTags(basketballTags.all);
  return result;
}
