// Reading events: the event, its entries and groups, and the leaderboard's state from the
// projection (entries, groups, and the hole scores of the groups' rounds).
import { and, asc, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import {
  type GolfEventRow,
  golfEventEntries,
  golfEventGroupEntries,
  golfEventGroups,
  golfEvents,
  golfHoleScores,
  golfRounds,
  golfTees,
} from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { streamHead } from '@/lib/events/queries';
import { mayViewLeagueOf, type Viewer } from '@/lib/leagues/queries';
import { type BoardState, rankBoard } from './board';
import { golfEventStream } from './stream-events';

export function eventView(e: GolfEventRow) {
  return {
    id: e.id,
    name: e.name,
    league_id: e.leagueId,
    course_id: e.courseId,
    tee_id: e.teeId,
    start_date: e.startDate,
    format: e.format,
    allowance: e.allowance,
    rounds: e.rounds,
    cut: e.cutAfterRound === null || e.cutTop === null ? null : { after_round: e.cutAfterRound, top: e.cutTop },
    organiser_id: e.createdBy,
    scorer_ids: e.scorerIds,
    created_at: e.createdAt.toISOString(),
  };
}
export type EventView = ReturnType<typeof eventView>;

export async function findEvent(db: Db, id: number): Promise<GolfEventRow | undefined> {
  const [row] = await db.select().from(golfEvents).where(eq(golfEvents.id, id));
  return row;
}

/** Newest first by id, paged below `beforeId`; `leagueId` keeps one club's or society's events. */
export async function listEvents(
  db: Db,
  filter: { leagueId?: number; beforeId?: number; limit: number; visibleLeagueIds?: number[] },
) {
  return db
    .select()
    .from(golfEvents)
    .where(
      and(
        filter.leagueId === undefined ? undefined : eq(golfEvents.leagueId, filter.leagueId),
        filter.beforeId === undefined ? undefined : lt(golfEvents.id, filter.beforeId),
        filter.visibleLeagueIds === undefined
          ? undefined
          : or(
              isNull(golfEvents.leagueId),
              inArray(golfEvents.leagueId, filter.visibleLeagueIds.length ? filter.visibleLeagueIds : [-1]),
            ),
      ),
    )
    .orderBy(desc(golfEvents.id))
    .limit(filter.limit);
}

export async function listEntries(db: Db, eventId: number) {
  const rows = await db
    .select()
    .from(golfEventEntries)
    .where(eq(golfEventEntries.eventId, eventId))
    .orderBy(asc(golfEventEntries.id));
  return rows.map((r) => ({
    id: r.id,
    user_id: r.userId,
    name: r.name,
    gender: r.gender as 'men' | 'women',
    handicap_index: r.handicapIndex,
  }));
}

export async function listGroups(db: Db, eventId: number, roundNumber?: number) {
  const groups = await db
    .select({ group: golfEventGroups, status: golfRounds.status })
    .from(golfEventGroups)
    .innerJoin(golfRounds, eq(golfRounds.id, golfEventGroups.roundId))
    .where(
      and(
        eq(golfEventGroups.eventId, eventId),
        roundNumber === undefined ? undefined : eq(golfEventGroups.roundNumber, roundNumber),
      ),
    )
    .orderBy(asc(golfEventGroups.roundNumber), asc(golfEventGroups.teeTime), asc(golfEventGroups.id));
  const ids = groups.map((g) => g.group.id);
  const players = ids.length
    ? await db
        .select({ ge: golfEventGroupEntries, name: golfEventEntries.name, userId: golfEventEntries.userId })
        .from(golfEventGroupEntries)
        .innerJoin(golfEventEntries, eq(golfEventEntries.id, golfEventGroupEntries.entryId))
        .where(inArray(golfEventGroupEntries.groupId, ids))
        .orderBy(asc(golfEventGroupEntries.position))
    : [];
  return groups.map(({ group, status }) => ({
    id: group.id,
    round_number: group.roundNumber,
    tee_time: group.teeTime?.toISOString() ?? null,
    starting_hole: group.startingHole,
    round: { id: group.roundId, status, url: `/api/v1/golf/rounds/${group.roundId}` },
    players: players
      .filter((p) => p.ge.groupId === group.id)
      .map((p) => ({
        entry_id: p.ge.entryId,
        position: p.ge.position,
        name: p.name,
        user_id: p.userId,
        playing_handicap: p.ge.playingHandicap,
      })),
  }));
}

/** The leaderboard's state as the projection has it now. */
export async function boardState(db: Db, event: GolfEventRow): Promise<BoardState> {
  const [[tee], entries, placed, scores] = await Promise.all([
    db.select({ par: golfTees.par, strokeIndex: golfTees.strokeIndex }).from(golfTees).where(eq(golfTees.id, event.teeId)),
    db.select().from(golfEventEntries).where(eq(golfEventEntries.eventId, event.id)),
    db
      .select({ ge: golfEventGroupEntries, roundId: golfEventGroups.roundId, status: golfRounds.status })
      .from(golfEventGroupEntries)
      .innerJoin(golfEventGroups, eq(golfEventGroups.id, golfEventGroupEntries.groupId))
      .innerJoin(golfRounds, eq(golfRounds.id, golfEventGroups.roundId))
      .where(eq(golfEventGroupEntries.eventId, event.id)),
    db
      .select({
        roundId: golfHoleScores.roundId,
        position: golfHoleScores.position,
        hole: golfHoleScores.hole,
        strokes: golfHoleScores.strokes,
      })
      .from(golfHoleScores)
      .innerJoin(golfEventGroups, eq(golfEventGroups.roundId, golfHoleScores.roundId))
      .where(eq(golfEventGroups.eventId, event.id)),
  ]);
  const state: BoardState = {
    event: {
      rounds: event.rounds,
      par: tee?.par ?? [],
      strokeIndex: tee?.strokeIndex ?? null,
      cutAfterRound: event.cutAfterRound,
      cutTop: event.cutTop,
    },
    entries: new Map(entries.map((e) => [e.id, { entryId: e.id, name: e.name, userId: e.userId }])),
    rounds: new Map(),
  };
  for (const p of placed) {
    state.rounds.set(`${p.roundId}:${p.ge.position}`, {
      entryId: p.ge.entryId,
      roundNumber: p.ge.roundNumber,
      playingHandicap: p.ge.playingHandicap,
      strokes: new Map(),
      finished: p.status === 'finished',
    });
  }
  for (const s of scores) state.rounds.get(`${s.roundId}:${s.position}`)?.strokes.set(s.hole, s.strokes);
  return state;
}

/** Who may score the event's rounds besides their players: its organiser and named scorers. */
export async function eventScorersOfRound(db: Db, roundId: string): Promise<string[]> {
  const [row] = await db
    .select({ createdBy: golfEvents.createdBy, scorerIds: golfEvents.scorerIds })
    .from(golfEventGroups)
    .innerJoin(golfEvents, eq(golfEvents.id, golfEventGroups.eventId))
    .where(eq(golfEventGroups.roundId, roundId));
  if (!row) return [];
  return [...(row.createdBy ? [row.createdBy] : []), ...row.scorerIds];
}

/** The event a round is a group of, if any. */
export async function eventOfRound(db: Db, roundId: string): Promise<number | null> {
  const [row] = await db
    .select({ eventId: golfEventGroups.eventId })
    .from(golfEventGroups)
    .where(eq(golfEventGroups.roundId, roundId));
  return row?.eventId ?? null;
}

/** The event if the viewer may see it: an event of a members-only league is, to outsiders, none at all. */
export async function visibleEvent(db: Db, id: number, viewer: Viewer): Promise<GolfEventRow | undefined> {
  const event = await findEvent(db, id);
  if (!event) return undefined;
  if (event.leagueId !== null && !(await mayViewLeagueOf(db, event.leagueId, viewer))) return undefined;
  return event;
}

/** What the event page starts from: the board now and the stream's head it resumes after. */
export async function eventBoardNow(db: Db, event: GolfEventRow) {
  // The head first: frames after it fold onto a state at least that new (setting a hole is idempotent).
  const lastSeq = await streamHead(db, golfEventStream(event.id));
  const state = await boardState(db, event);
  return { board: rankBoard(state), lastSeq, holes: state.event.par.length };
}
