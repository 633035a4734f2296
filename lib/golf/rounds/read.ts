// A round as the API shows it, served cache-aside under its round tag (every hole change and the
// finish invalidate it from the append, see project.ts) and by its head and posting version (see getRoundView).
import { eq, sql } from 'drizzle-orm';
import { golfPostedScores, golfRoundPlayers } from '@/drizzle/schema';
import { cached } from '@/lib/cache/cached';
import { type Db, rowsOf } from '@/lib/db/client';
import { streamHeadSql } from '@/lib/events/queries';
import { isRated, strokeIndexFor } from '../courses/course';
import { nineHoleDifferential, scoreDifferential } from '../handicap';
import { summarizeRound } from '../summary';
import { golfTags, roundStream } from '../tags';
import { awaitsConfirmation, roundWriters } from './confirmation';
import { rankLeaderboard } from './leaderboard';
import { type LoadedRound, loadRound } from './load';
import { playingHandicapFor } from './playing-handicap';
import type { RoundView } from './views';

type PostedRow = typeof golfPostedScores.$inferSelect;

type Player = RoundView['players'][number];

/** `writers`: the accounts that have written to the round (see confirmation.ts). */
export function toRoundView(loaded: LoadedRound, posted: PostedRow[], lastSeq: number, writers: ReadonlySet<string>): RoundView {
  const { round, course, teeRow, tee } = loaded;
  const format = round.format as RoundView['format'];
  return {
    id: round.id,
    course: { id: course.id, name: course.name },
    tee: {
      id: teeRow.id,
      name: teeRow.name,
      par: tee.par,
      total_par: tee.par.reduce((a, b) => a + b, 0),
      yardage: teeRow.yardage,
      stroke_index: teeRow.strokeIndex,
      rated: { men: isRated(tee, 'men'), women: isRated(tee, 'women') },
    },
    date: round.date,
    format,
    status: round.status,
    last_seq: lastSeq,
    started_at: round.startedAt.toISOString(),
    finished_at: round.finishedAt?.toISOString() ?? null,
    players: loaded.players.map((p) => {
      // From the index, not the stored (rounded) Course Handicap: the allowance is applied before rounding.
      const ph = p.courseHandicap === null ? null : playingHandicapFor(format, tee, p.gender, p.handicapIndex);
      // Net and Stableford need strokes per hole, so a tee without a stroke index gives gross only.
      const received = strokeIndexFor(tee, p.gender) ? ph : null;
      const post = p.userId ? posted.find((s) => s.userId === p.userId) : undefined;
      return {
        position: p.position,
        user_id: p.userId,
        name: p.name,
        guest: p.userId === null,
        confirmation: p.confirmation,
        gender: p.gender,
        handicap_index: p.handicapIndex,
        course_handicap: p.courseHandicap,
        playing_handicap: ph,
        summary: p.holes.length ? summarizeRound({ tee, holes: p.holes, playingHandicap: received, gender: p.gender }) : null,
        scores: p.holes.map((h) => ({
          hole: h.hole,
          strokes: h.strokes,
          putts: h.putts ?? null,
          fairway: h.fairway ?? null,
          penalties: h.penalties ?? null,
          sand: h.sand ?? null,
        })),
        posting: round.status !== 'finished' || !p.userId ? null : postingOf(post, p.postingNote),
        posting_status: postingStatus(p.userId, loaded, post, writers),
      };
    }),
    leaderboard: rankLeaderboard(
      loaded.players.map((p) => ({
        position: p.position,
        name: p.name,
        user_id: p.userId,
        strokes: new Map(p.holes.map((h) => [h.hole, h.strokes])),
      })),
      tee.par,
    ),
  };
}

function postingStatus(
  userId: string | null,
  { round }: LoadedRound,
  post: PostedRow | undefined,
  writers: ReadonlySet<string>,
): Player['posting_status'] {
  if (!userId) return null;
  if (post) return 'posted';
  if (awaitsConfirmation(userId, round.createdBy, writers)) return 'awaiting_confirmation';
  return round.status === 'finished' ? 'not_posted' : 'pending_finish';
}

function postingOf(post: PostedRow | undefined, note: string | null): Player['posting'] {
  if (!post) return { posted: false, note, holes: null, ags: null, course_rating: null, slope: null, differential: null };
  const input = { ags: post.ags, course_rating: post.courseRating, slope: post.slope, pcc: post.pcc ?? 0 };
  return {
    posted: true,
    note: null,
    holes: post.holes,
    ags: post.ags,
    course_rating: post.courseRating,
    slope: post.slope,
    differential: post.holes === 9 ? nineHoleDifferential(input) : scoreDifferential(input),
  };
}

/**
 * The round view, or null when there is no such round. Keyed by the round's log head and posting
 * version as well as tagged: every event on the round moves the head, and a re-post from another
 * round's log (repost.ts) moves the version, so a view outlived by a change is never served even
 * when the tag invalidation failed. Both are read before the load, in one statement, so last_seq
 * never claims an event the view lacks (a viewer resuming from it may see one twice, never miss one).
 */
export async function getRoundView(db: Db, roundId: string): Promise<RoundView | null> {
  const [key] = rowsOf<{ head: number; version: number | null }>(
    await db.execute(sql`
      select ${streamHeadSql(roundStream(roundId))} as head,
             (select sum(posting_version)::int from ${golfRoundPlayers} where round_id = ${roundId}) as version`),
  );
  const head = Number(key?.head ?? 0);
  const view = await cached(
    `golf:round-view:${roundId}:${head}:${key?.version ?? 'none'}`,
    [golfTags.round(roundId)],
    3600,
    async () => {
      const loaded = await loadRound(db, roundId);
      // undefined is not cached: a round created a moment later is found at once.
      if (!loaded) return undefined;
      const posted = await db.select().from(golfPostedScores).where(eq(golfPostedScores.roundId, roundId));
      return toRoundView(loaded, posted, head, await roundWriters(db, roundId));
    },
  );
  return view ?? null;
}
