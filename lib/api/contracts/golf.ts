// Golf: courses (builder and CSV import), rounds scored hole by hole through the event log, the live
// leaderboard, and each golfer's rounds, CSV export, handicap and analytics.
import { z } from 'zod';
import { achievementView, analyticsView } from '@/lib/golf/analytics/view';
import { courseBuilderSchema } from '@/lib/golf/courses/course';
import { courseView } from '@/lib/golf/courses/view';
import { fairwayResults } from '@/lib/golf/hole-score';
import { genders, roundFormats } from '@/lib/golf/rounds/events';
import { handicapView, whatIfView } from '@/lib/golf/rounds/handicap-view';
import { EARLIEST_ROUND_DATE, roundDateProblem } from '@/lib/golf/rounds/round-date';
import { holeWriteView, leaderboardLineView, roundView } from '@/lib/golf/rounds/views';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';
import { pageQuery } from '../pagination';

const tag = 'Golf';
const read = { tag, auth: 'public', scope: 'read', method: 'GET' } as const;
const write = { tag, auth: 'user', scope: 'write', permission: 'golf-round:edit' } as const;
const int = z.number().int();
const roundParams = z.object({ id: uuidInput('must be a round id') });
const playerParams = z.object({ id: uuidInput('must be a user id') });
const gender = z.enum(genders);
// Checked against the clock at each request, so "tomorrow" moves with the day.
const roundDate = z.iso
  .date()
  .superRefine((date, ctx) => {
    const problem = roundDateProblem(date);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe(`The day played: from ${EARLIEST_ROUND_DATE} to tomorrow (UTC)`);

export const MAX_COURSE_UPLOAD_MB = 5;

export const listCoursesContract = defineContract({
  ...read,
  path: '/api/v1/golf/courses',
  summary: 'Courses with their tees',
  description:
    'By id; with `search`, the courses whose name, city, state or country contains that text (any case; `%` and `_` are plain characters), by name. Each tee has par, stroke index and yardage per hole, and its rating and slope per gender (null = unrated).',
  query: z.strictObject({
    ...pageQuery,
    search: z.string().trim().min(1, 'must not be empty').max(80).optional().describe('Text to find in the name or place'),
  }),
  response: z.array(courseView),
  cacheSeconds: 60,
});

export const getCourseContract = defineContract({
  ...read,
  path: '/api/v1/golf/courses/{id}',
  summary: 'One course with its tees',
  params: z.object({ id: z.coerce.number().int().positive('must be a positive id') }),
  response: courseView,
  cacheSeconds: 60,
});

export const createCourseContract = defineContract({
  ...write,
  method: 'POST',
  status: 201,
  path: '/api/v1/golf/courses',
  summary: 'Add a course (course builder)',
  description:
    'Any golfer who may enter rounds (admin, coach, player) may add the course they play. Par, stroke index (a permutation of 1..holes, separately for women where it differs) and yardage per hole; ratings per gender only where published. Every problem is reported by tee and hole. Send an `Idempotency-Key` header (a UUID made once per course) to make a retry safe: saving the same course again with it answers the stored course (`meta.duplicate: true`), never a second one; the same key with a different course is a 409.',
  body: courseBuilderSchema,
  response: courseView,
  audit: { action: 'golf-course.create', target: { type: 'golf_course', id: (_p, data) => data.id } },
});

export const importCoursesContract = defineContract({
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'imports:run',
  method: 'POST',
  path: '/api/v1/golf/courses/import',
  upload: 'text/csv',
  summary: 'Import course scorecards from CSV',
  description: `The body is the CSV file itself (\`Content-Type: text/csv\`, at most ${MAX_COURSE_UPLOAD_MB} MB): the PGA Tour course-holes format or OpenGolfAPI's course list. All or nothing per course: an incomplete card is rejected with the holes it misses and nothing of it is stored. Re-importing a card already imported changes nothing (\`created: false\`). Admins only.`,
  query: z.strictObject({ filename: z.string().trim().min(1).max(200).optional() }),
  response: z.object({
    format: z.enum(['pga-tour-course-holes', 'opengolfapi']),
    imported: z.array(z.object({ id: int, name: z.string(), created: z.boolean(), source_id: z.string().nullable() })),
    rejected: z.array(z.object({ course: z.string(), reason: z.string(), row: int.describe('File line of the card') })),
  }),
  // Each course stored writes its own row (lib/golf/courses/writes.ts); a file that stores none gets this one.
  audit: { action: 'golf-course.import', target: { type: 'golf_course', id: (_p, data) => data.imported[0]?.id } },
});

const guest = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(60),
  gender: gender.optional(),
  handicap_index: z.number().min(-10).max(54).optional(),
});

export const startRoundContract = defineContract({
  ...write,
  method: 'POST',
  status: 201,
  path: '/api/v1/golf/rounds',
  summary: 'Start a round',
  description:
    'The caller plays, with up to three more: accounts (`player_ids`, or `players` to give a gender) and named guests. An admin may score a group without playing (`caller_plays: false`). Send your own `id` (a UUID) to make the start safe to retry: the same id with the same request returns the round already started; with a different course, tee, date, format or players it is a 409. Added accounts must be golfers (a fan is a 422), and their score is posted to their handicap record only once they confirm the round by scoring a hole or finishing it from their own account (`posting_status`). `date` runs from 1900-01-01 to tomorrow. Handicaps are fixed at the start (the index in effect on `date`).',
  body: z.strictObject({
    id: uuidInput().optional(),
    course_id: int.positive(),
    tee_id: int.positive(),
    date: roundDate,
    format: z.enum(roundFormats).default('stroke_play'),
    gender: gender.optional().describe("The caller's: chooses the rating and stroke index (default men)"),
    caller_plays: z.boolean().default(true),
    player_ids: z.array(uuidInput()).max(4).default([]),
    players: z
      .array(z.strictObject({ user_id: uuidInput(), gender: gender.optional() }))
      .max(4)
      .default([]),
    guests: z.array(guest).max(4).default([]),
  }),
  response: roundView,
  audit: { action: 'golf-round.create', target: { type: 'golf_round', id: (_p, data) => data.id } },
});

export const getRoundContract = defineContract({
  ...read,
  path: '/api/v1/golf/rounds/{id}',
  summary: "A round with each player's summary",
  description:
    "Per player: gross, to par, out/in, net and Stableford (with a handicap and a stroke index; scored off `playing_handicap`, the unrounded Course Handicap × the format's WHS allowance, rounded once), putts, FIR and GIR (strokes − putts ≤ par − 2), scoring by par 3/4/5, and — once finished — the handicap posting or why there was none. `posting_status` says per account player whether the score is posted, awaiting that player's confirmation, waiting for the finish or not posted.",
  params: roundParams,
  response: roundView,
});

export const scoreHoleContract = defineContract({
  ...write,
  method: 'PUT',
  path: '/api/v1/golf/rounds/{id}/holes/{n}',
  summary: 'Score (or correct) a hole',
  description:
    "Sets one player's hole: the caller's unless `player_id` (an account in the round) or `position` (1-4, for guests) says whose. Sending the same values again changes nothing (`changed: false`; without an idempotency key nothing is written). An `Idempotency-Key` header or body `id` (a UUID) makes a retry return the stored write (`meta.duplicate: true`), even after a later write to the hole; the same key with other values is a 409. Corrections after the finish update the posted handicap score. A hole scored by an added player confirms the round for their handicap record.",
  params: z.object({
    id: uuidInput('must be a round id'),
    n: z.coerce.number().int().min(1, 'must be a hole 1-18').max(18, 'must be a hole 1-18'),
  }),
  body: z.strictObject({
    id: uuidInput().optional(),
    player_id: uuidInput().optional(),
    position: int.min(1).max(4).optional(),
    strokes: int.min(1).max(30),
    putts: int.min(0).max(10).nullish(),
    fairway: z.enum(fairwayResults).nullish(),
    penalties: int.min(0).max(10).nullish(),
    sand: z.boolean().nullish(),
  }),
  response: holeWriteView,
  audit: { action: 'golf-round.score', target: { type: 'golf_round', id: (params) => params.id } },
});

export const finishRoundContract = defineContract({
  ...write,
  method: 'POST',
  path: '/api/v1/golf/rounds/{id}/finish',
  summary: 'Finish a round',
  description:
    'Posts a score for handicap for each account player on a rated tee with a complete card (18 holes or one nine): the creator at once, an added player once they have confirmed the round (a hole score or this finish from their own account); the round says why a score was not posted. Finishing again changes nothing.',
  params: roundParams,
  response: roundView,
  audit: { action: 'golf-round.finish', target: { type: 'golf_round', id: (params) => params.id } },
});

const answerContract = (answer: 'confirm' | 'decline') =>
  defineContract({
    ...write,
    method: 'POST',
    path: `/api/v1/golf/rounds/{id}/${answer}`,
    summary: answer === 'confirm' ? 'Confirm a round someone else put you in' : 'Decline a round someone else put you in',
    description:
      answer === 'confirm'
        ? "An account added to another golfer's round is not on that account's record (its rounds, analytics, achievements, CSV export, handicap) until it confirms the round, here or by entering a score itself. Confirming again changes nothing; after a decline it is a 409."
        : 'The round never counts on your record, and you may no longer write to it. Declining again changes nothing; after confirming it is a 409.',
    params: roundParams,
    response: roundView,
    audit: { action: `golf-round.${answer}`, target: { type: 'golf_round', id: (params) => params.id } },
  });
export const confirmRoundContract = answerContract('confirm');
export const declineRoundContract = answerContract('decline');

export const leaderboardContract = defineContract({
  ...read,
  path: '/api/v1/golf/rounds/{id}/leaderboard',
  summary: "A group round's leaderboard",
  description: 'Players by score to par over the holes played so far (`thru`); players level share a place.',
  params: roundParams,
  response: z.array(leaderboardLineView),
});

export const roundStreamContract = defineContract({
  ...read,
  path: '/api/v1/golf/rounds/{id}/stream',
  summary: "A round's live leaderboard as Server-Sent Events",
  description:
    "Each event of the round's log is one SSE event (`id` = seq, `event` = type) whose data holds the event and the leaderboard after it. Reconnecting with `Last-Event-ID` (or `?after_seq=`) resumes where the viewer was.",
  params: roundParams,
  query: z.strictObject({ after_seq: z.coerce.number().int().min(0).optional() }),
  eventStream: {
    description: 'An endless text/event-stream',
    example:
      'retry: 2000\n\nid: 5\nevent: hole_scored\ndata: {"seq":5,"type":"hole_scored","data":{"position":1,"hole":2,"strokes":3},"leaderboard":[{"place":1,"tied":false,"position":1,"name":"Pat","user_id":null,"thru":2,"gross":7,"to_par":-1}]}\n\n',
  },
});

export const playerRoundsContract = defineContract({
  ...read,
  path: '/api/v1/golf/players/{id}/rounds',
  summary: "A golfer's rounds, newest first",
  params: playerParams,
  query: z.strictObject(pageQuery),
  response: z.array(
    z.object({
      round_id: z.uuid(),
      date: z.iso.date(),
      status: z.enum(['in_progress', 'finished']),
      format: z.string(),
      course: z.object({ id: int, name: z.string() }),
      tee: z.object({ id: int, name: z.string() }),
      holes: int,
      position: int,
      holes_played: int,
      gross: int.nullable(),
      to_par: int.nullable(),
      posted: z.boolean(),
    }),
  ),
});

export const playerRoundsCsvContract = defineContract({
  ...read,
  path: '/api/v1/golf/players/{id}/rounds.csv',
  summary: "A golfer's rounds as CSV, one row per hole",
  description:
    'text/csv with columns round_id, date, course, tee, status, hole, par, yards, stroke_index, strokes, to_par, putts, fairway, penalties, sand.',
  params: playerParams,
});

export const handicapContract = defineContract({
  ...read,
  path: '/api/v1/golf/players/{id}/handicap',
  summary: "A golfer's Handicap Index with its audit trail",
  description:
    'World Handicap System: every differential with whether it counted, Exceptional Score Reductions, soft and hard caps. Add `what_if_score` and `tee_id` (and `gender`) for the index one more score would give.',
  params: playerParams,
  // A what-if needs its tee: the handler gets one complete question, or none.
  query: z
    .strictObject({
      what_if_score: z.coerce.number().int().min(18).max(200).optional(),
      tee_id: z.coerce.number().int().positive().optional(),
      gender: gender.optional(),
    })
    .refine((q) => q.what_if_score === undefined || q.tee_id !== undefined, {
      path: ['tee_id'],
      message: 'is required with what_if_score',
    })
    .transform((q) => ({
      what_if:
        q.what_if_score === undefined || q.tee_id === undefined
          ? null
          : { score: q.what_if_score, tee_id: q.tee_id, gender: q.gender ?? 'men' },
    })),
  response: handicapView.extend({ what_if: whatIfView.nullable() }),
});

export const analyticsContract = defineContract({
  ...read,
  path: '/api/v1/golf/players/{id}/analytics',
  summary: "A golfer's analytics",
  description:
    'Scoring average, best round overall and per course, average by par, scoring distribution, fairway/green/putt trends over the last 20 rounds and per-course history. Maintained by the golf-analytics consumer of the event log, so it may trail a just-finished round by moments.',
  params: playerParams,
  response: analyticsView,
});

export const achievementsContract = defineContract({
  ...read,
  path: '/api/v1/golf/players/{id}/achievements',
  summary: "A golfer's achievements (notifications)",
  description:
    "Personal bests, course personal bests, first birdie and eagle, breaking 100/90/80 — events on the golfer's stream, in the order earned. `after_seq` returns only newer ones.",
  params: playerParams,
  query: z.strictObject({ after_seq: z.coerce.number().int().min(0).optional() }),
  response: z.array(achievementView),
});

export const golfContracts = [
  listCoursesContract,
  getCourseContract,
  createCourseContract,
  importCoursesContract,
  startRoundContract,
  getRoundContract,
  scoreHoleContract,
  finishRoundContract,
  confirmRoundContract,
  declineRoundContract,
  leaderboardContract,
  roundStreamContract,
  playerRoundsContract,
  playerRoundsCsvContract,
  handicapContract,
  analyticsContract,
  achievementsContract,
];
