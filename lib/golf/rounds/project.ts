// The projection of a round's log, run inside the append transaction: RoundStarted creates the round
// and its players, HoleScored replaces that player's hole, RoundFinished closes the round, snapshots
// each player's card and posts handicap scores (a hole scored after the finish re-posts: a correction,
// or an added player confirming the round; a changed score re-posts the player's later rounds, see
// repost.ts). A broken rule throws and rolls the append back.
import { and, count, eq, sql } from 'drizzle-orm';
import { golfHoleScores, golfRoundPlayers, golfRounds, golfTees } from '@/drizzle/schema';
import { type Db, rowsOf } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import type { StoredEvent } from '@/lib/events/schemas';
import { golfTags } from '../tags';
import {
  type HoleScoredData,
  holeScoredData,
  roundAnswerData,
  roundEventTypes,
  roundFinishedData,
  roundStartedData,
} from './events';
import { findRound, type LoadedRound, loadRound } from './load';
import { postRoundAndLater, type RepostOptions } from './repost';

/** `opts` is for rebuilds (see repost.ts); appends project with none. */
export async function projectRoundEvent(tx: Db, event: StoredEvent, opts: RepostOptions = {}): Promise<string[]> {
  switch (event.type) {
    case roundEventTypes.started:
      return projectStarted(tx, event);
    case roundEventTypes.holeScored:
      return projectHoleScored(tx, event, opts);
    case roundEventTypes.finished:
      return projectFinished(tx, event, opts);
    case roundEventTypes.confirmed:
      return projectAnswer(tx, event, 'confirmed', opts);
    case roundEventTypes.declined:
      return projectAnswer(tx, event, 'declined', opts);
    default:
      throw new DomainError('rule_violation', `"${event.type}" is not an event of a golf round`);
  }
}

async function projectStarted(tx: Db, event: StoredEvent): Promise<string[]> {
  const data = roundStartedData.parse(event.data);
  const round = {
    courseId: data.course_id,
    teeId: data.tee_id,
    date: data.date,
    format: data.format,
    status: 'in_progress' as const,
    createdBy: event.actorId,
    // Times come from the log, not the clock, so a rebuild reproduces the row exactly.
    startedAt: new Date(event.createdAt),
    finishedAt: null,
    finishedPosition: null,
  };
  // An upsert, so a rebuild can replay the log over the round's row (other tables refer to it).
  await tx
    .insert(golfRounds)
    .values({ id: data.round_id, ...round })
    .onConflictDoUpdate({ target: golfRounds.id, set: round });
  await tx.insert(golfRoundPlayers).values(
    data.players.map((p) => ({
      roundId: data.round_id,
      position: p.position,
      userId: p.user_id,
      guestName: p.user_id ? null : p.name,
      gender: p.gender,
      handicapIndex: p.handicap_index,
      courseHandicap: p.course_handicap,
      // Starting the round is its creator's word; everyone else it names has not said yet.
      confirmation: p.user_id === null || p.user_id === event.actorId ? ('confirmed' as const) : ('pending' as const),
    })),
  );
  return [golfTags.round(data.round_id), ...data.players.flatMap((p) => (p.user_id ? [golfTags.player(p.user_id)] : []))];
}

// One statement checks the hole against the round (started, hole on the card, someone in that
// position) and upserts it: the hot path of live scoring, so it is kept to a single round trip.
async function projectHoleScored(tx: Db, event: StoredEvent, opts: RepostOptions): Promise<string[]> {
  const roundId = roundIdOf(event);
  const d = holeScoredData.parse(event.data);
  await confirmByWriting(tx, roundId, event.actorId);
  const [row] = rowsOf<{ status: string | null; n: number }>(
    await tx.execute(sql`
      with target as (
        select r.status from ${golfRounds} r join ${golfTees} t on t.id = r.tee_id
        where r.id = ${roundId} and ${d.hole} <= cardinality(t.par)
          and exists (select 1 from ${golfRoundPlayers} p where p.round_id = r.id and p.position = ${d.position})
      ), saved as (
        insert into ${golfHoleScores} (round_id, position, hole, strokes, putts, fairway, penalties, sand, seq)
        select ${roundId}, ${d.position}, ${d.hole}, ${d.strokes}, ${d.putts ?? null}, ${d.fairway ?? null},
               ${d.penalties ?? null}, ${d.sand ?? null}, ${event.seq} from target
        on conflict (round_id, position, hole) do update set strokes = excluded.strokes, putts = excluded.putts,
          fairway = excluded.fairway, penalties = excluded.penalties, sand = excluded.sand, seq = excluded.seq
        returning 1
      )
      select (select status from target)::text as status, (select count(*) from saved)::int as n`),
  );
  if (!row?.n) throw await whyNotScored(tx, roundId, d);
  const tags = [golfTags.round(roundId)];
  // A correction after the finish changes the posted score too.
  if (row.status === 'finished') {
    const reloaded = (await loadRound(tx, roundId)) as LoadedRound;
    const finished = reloaded.round.finishedAt ?? new Date(event.createdAt);
    tags.push(...(await postRoundAndLater(tx, reloaded, finished, event.seq, opts)));
  }
  return tags;
}

async function whyNotScored(tx: Db, roundId: string, d: HoleScoredData): Promise<DomainError> {
  const [round] = await tx
    .select({ par: golfTees.par })
    .from(golfRounds)
    .innerJoin(golfTees, eq(golfTees.id, golfRounds.teeId))
    .where(eq(golfRounds.id, roundId));
  if (!round) return new DomainError('rule_violation', `round ${roundId} has not started`);
  if (d.hole > round.par.length)
    return new DomainError('rule_violation', `hole ${d.hole} is not on the ${round.par.length}-hole card`);
  return new DomainError('rule_violation', `nobody plays in position ${d.position} of this round`);
}

async function projectFinished(tx: Db, event: StoredEvent, opts: RepostOptions): Promise<string[]> {
  const roundId = roundFinishedData.parse(event.data).round_id;
  const round = await findRound(tx, roundId);
  if (!round) throw new DomainError('rule_violation', `round ${roundId} has not started`);
  if (round.status === 'finished') throw new DomainError('rule_violation', 'the round is already finished');
  await confirmByWriting(tx, roundId, event.actorId);
  const [scored] = await tx.select({ n: count() }).from(golfHoleScores).where(eq(golfHoleScores.roundId, roundId));
  if (!scored?.n) throw new DomainError('rule_violation', 'a round needs at least one hole scored before it can finish');
  await tx
    .update(golfRounds)
    .set({ status: 'finished', finishedAt: new Date(event.createdAt), finishedPosition: event.position })
    .where(eq(golfRounds.id, roundId));
  const loaded = (await loadRound(tx, roundId)) as LoadedRound;
  await snapshotCards(tx, loaded);
  const tags = [golfTags.round(roundId)];
  tags.push(...(await postRoundAndLater(tx, loaded, new Date(event.createdAt), event.seq, opts)));
  return tags;
}

/** A pending account writing to the round confirms it; one that declined it may not write to it. */
async function confirmByWriting(tx: Db, roundId: string, actorId: string | null) {
  if (!actorId) return;
  const [row] = rowsOf<{ confirmation: string }>(
    await tx.execute(sql`
      update ${golfRoundPlayers} set confirmation = case when confirmation = 'pending' then 'confirmed' else confirmation end
      where round_id = ${roundId} and user_id = ${actorId}
      returning confirmation`),
  );
  if (row?.confirmation === 'declined') {
    throw new DomainError('conflict', 'You declined this round: it is not on your record, and you may not write to it.');
  }
}

async function projectAnswer(
  tx: Db,
  event: StoredEvent,
  answer: 'confirmed' | 'declined',
  opts: RepostOptions,
): Promise<string[]> {
  const roundId = roundIdOf(event);
  const { position } = roundAnswerData.parse(event.data);
  const [player] = await tx
    .select({ userId: golfRoundPlayers.userId, confirmation: golfRoundPlayers.confirmation })
    .from(golfRoundPlayers)
    .where(and(eq(golfRoundPlayers.roundId, roundId), eq(golfRoundPlayers.position, position)));
  if (!player?.userId || player.userId !== event.actorId) {
    throw new DomainError('rule_violation', 'only the golfer in that position can answer for it');
  }
  if (player.confirmation !== 'pending' && player.confirmation !== answer) {
    throw new DomainError('conflict', `You ${player.confirmation} this round already.`);
  }
  await tx
    .update(golfRoundPlayers)
    .set({ confirmation: answer })
    .where(and(eq(golfRoundPlayers.roundId, roundId), eq(golfRoundPlayers.position, position)));
  const tags = [golfTags.round(roundId), golfTags.player(player.userId)];
  const round = await findRound(tx, roundId);
  // Confirming a finished round posts it now (its log counts the confirmation as the player's write).
  if (answer === 'confirmed' && round?.status === 'finished') {
    const loaded = (await loadRound(tx, roundId)) as LoadedRound;
    tags.push(...(await postRoundAndLater(tx, loaded, loaded.round.finishedAt ?? new Date(event.createdAt), event.seq, opts)));
  }
  return tags;
}

// The card as finished, kept apart from later corrections: achievements are judged on it.
async function snapshotCards(tx: Db, loaded: LoadedRound) {
  const par = loaded.tee.par;
  for (const p of loaded.players) {
    const toPar = p.holes.map((h) => h.strokes - (par[h.hole - 1] as number));
    await tx
      .update(golfRoundPlayers)
      .set({
        finishGross: p.holes.length ? p.holes.reduce((a, h) => a + h.strokes, 0) : null,
        finishHoles: p.holes.length,
        finishBirdies: toPar.filter((d) => d === -1).length,
        finishEagles: toPar.filter((d) => d <= -2).length,
      })
      .where(and(eq(golfRoundPlayers.roundId, loaded.round.id), eq(golfRoundPlayers.position, p.position)));
  }
}

function roundIdOf(event: StoredEvent): string {
  return event.stream.slice(event.stream.indexOf(':') + 1);
}
