// JSON shapes of rounds: each player's summary (from summarizeRound), their hole inputs, the
// handicap posting, and the group's leaderboard.
import { z } from 'zod';
import { fairwayResults } from '../hole-score';
import { genders, roundFormats } from './events';

const int = z.number().int();
const rate = z.object({
  made: int,
  of: int,
  pct: z.number().nullable().describe('made / of, 0-1; null when nothing was eligible'),
});

export const roundSummaryView = z.object({
  holes_played: int,
  gross: int,
  par: int.describe('Par of the holes played'),
  to_par: int,
  out: int.nullable(),
  in: int.nullable(),
  net: int
    .nullable()
    .describe("Gross less the strokes received from the player's playing_handicap; null without a handicap or stroke index"),
  net_to_par: int.nullable(),
  stableford: int.nullable(),
  putts: int.nullable(),
  penalties: int,
  fairways: rate.extend({ left: int, right: int }),
  greens: rate.describe('Greens in regulation: strokes − putts ≤ par − 2'),
  sand_saves: rate.nullable(),
  scoring_average_by_par: z.object({ par3: z.number().nullable(), par4: z.number().nullable(), par5: z.number().nullable() }),
  distribution: z.object({ eagle_or_better: int, birdie: int, par: int, bogey: int, double: int, triple_plus: int }),
  holes: z.array(
    z.object({
      hole: int,
      par: int,
      strokes: int,
      to_par: int,
      strokes_received: int.nullable(),
      net: int.nullable(),
      stableford: int.nullable(),
      gir: z.boolean().nullable(),
    }),
  ),
});

export const holeInputView = z.object({
  hole: int,
  strokes: int,
  putts: int.nullable(),
  fairway: z.enum(fairwayResults).nullable(),
  penalties: int.nullable(),
  sand: z.boolean().nullable(),
});

export const postingView = z
  .object({
    posted: z.boolean(),
    note: z.string().nullable().describe('Why the score was not posted (unrated tee, incomplete card)'),
    holes: int.nullable(),
    ags: int.nullable().describe('Adjusted Gross Score: each hole capped at Net Double Bogey'),
    course_rating: z.number().nullable(),
    slope: int.nullable(),
    differential: z.number().nullable().describe('Score Differential of the holes played (a 9-hole one for 9 holes)'),
  })
  .nullable()
  .describe('Null for guests and while the round is in progress');

const postingStatuses = ['posted', 'awaiting_confirmation', 'pending_finish', 'not_posted'] as const;

export const postingStatusView = z
  .enum(postingStatuses)
  .nullable()
  .describe(
    "Where the player's score stands for handicap: posted; awaiting_confirmation (an account added by someone else: posted only once that player enters a hole score or finishes the round from their own account); pending_finish (posted when the round finishes); not_posted (posting.note says why). Null for guests",
  );

export const leaderboardLineView = z.object({
  place: int.nullable(),
  tied: z.boolean(),
  position: int,
  name: z.string(),
  user_id: z.uuid().nullable(),
  thru: int,
  gross: int,
  to_par: int,
});

export const roundView = z.object({
  id: z.uuid(),
  course: z.object({ id: int, name: z.string() }),
  tee: z.object({
    id: int,
    name: z.string(),
    par: z.array(int),
    total_par: int,
    yardage: z.array(int).nullable(),
    stroke_index: z.array(int).nullable(),
    rated: z.object({ men: z.boolean(), women: z.boolean() }),
  }),
  date: z.iso.date(),
  format: z.enum(roundFormats),
  status: z.enum(['in_progress', 'finished']),
  last_seq: int,
  started_at: z.iso.datetime(),
  finished_at: z.iso.datetime().nullable(),
  players: z.array(
    z.object({
      position: int,
      user_id: z.uuid().nullable(),
      name: z.string(),
      guest: z.boolean(),
      confirmation: z
        .enum(['confirmed', 'pending', 'declined'])
        .describe(
          "An account added by someone else: pending until it confirms the round (POST …/confirm, or a score of its own), declined if it refused. Only a confirmed round is on the player's record",
        ),
      gender: z.enum(genders),
      handicap_index: z.number().nullable(),
      course_handicap: int
        .nullable()
        .describe(
          "On these tees with handicap_index, as the round started; posting recomputes it from the index of the round's day for Net Double Bogey",
        ),
      playing_handicap: int
        .nullable()
        .describe(
          "The unrounded Course Handicap × the format's WHS allowance (stroke play and Stableford 95%, match play 100%), rounded once (Rule 6.2): the strokes net and Stableford are scored with",
        ),
      summary: roundSummaryView.nullable().describe('Null until the player has scored a hole'),
      scores: z.array(holeInputView),
      posting: postingView,
      posting_status: postingStatusView,
    }),
  ),
  leaderboard: z.array(leaderboardLineView),
});
export type RoundView = z.infer<typeof roundView>;

export const holeWriteView = holeInputView.extend({
  round_id: z.uuid(),
  position: int,
  seq: int.describe("Seq, in the round's log, of the write that set the hole (for a retry: the stored write's)"),
  changed: z
    .boolean()
    .describe('False when this request changed nothing: the hole already had these values, or it is a retry (meta.duplicate)'),
});
