// Golf: courses and tees; rounds, their players and hole scores (the projection of each round's
// event log, written in the append transaction); posted scores for handicaps; and the per-golfer
// analytics the golf-analytics consumer materializes from those projections.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './core';

export const golfCourses = pgTable(
  'golf_courses',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    city: text('city'),
    state: text('state'),
    country: text('country'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    holes: integer('holes').notNull(),
    // Where an imported card came from (e.g. pga-tour + its folder/number): the natural key that
    // makes re-imports idempotent. Null for courses built in Statline.
    sourceName: text('source_name'),
    sourceId: text('source_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    // A builder's Idempotency-Key and a hash of the card it came with: a phone that lost the answer
    // saves again with the same key and gets the stored course, never a second one.
    clientKey: uuid('client_key'),
    clientHash: text('client_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('golf_courses_source_uq').on(t.sourceName, t.sourceId),
    uniqueIndex('golf_courses_client_key_uq').on(t.createdBy, t.clientKey),
    index('golf_courses_name_idx').on(sql`lower(${t.name})`),
    check('golf_courses_holes', sql`${t.holes} in (9, 18)`),
  ],
);
export type GolfCourseRow = typeof golfCourses.$inferSelect;

export const golfTees = pgTable(
  'golf_tees',
  {
    id: serial('id').primaryKey(),
    courseId: integer('course_id')
      .notNull()
      .references(() => golfCourses.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    par: integer('par').array().notNull(),
    strokeIndex: integer('stroke_index').array(),
    strokeIndexWomen: integer('stroke_index_women').array(),
    yardage: integer('yardage').array(),
    // Null rating and slope = unrated for that gender: playable, never posted for handicap.
    menCourseRating: doublePrecision('men_course_rating'),
    menSlope: integer('men_slope'),
    womenCourseRating: doublePrecision('women_course_rating'),
    womenSlope: integer('women_slope'),
    // Published 9-hole ratings of an 18-hole tee: { men?: { front?, back? }, women?: … }.
    nineRatings: jsonb('nine_ratings'),
  },
  (t) => [
    uniqueIndex('golf_tees_course_name_uq').on(t.courseId, t.name),
    check('golf_tees_men_rating', sql`(${t.menCourseRating} is null) = (${t.menSlope} is null)`),
    check('golf_tees_women_rating', sql`(${t.womenCourseRating} is null) = (${t.womenSlope} is null)`),
  ],
);
export type GolfTeeRow = typeof golfTees.$inferSelect;

export const golfRoundStatus = pgEnum('golf_round_status', ['in_progress', 'finished']);

/** One row per round; its id is the stream id (golf-round:{id}). */
export const golfRounds = pgTable(
  'golf_rounds',
  {
    id: uuid('id').primaryKey(),
    courseId: integer('course_id')
      .notNull()
      .references(() => golfCourses.id),
    teeId: integer('tee_id')
      .notNull()
      .references(() => golfTees.id),
    date: date('date', { mode: 'string' }).notNull(),
    format: text('format').notNull(),
    status: golfRoundStatus('status').notNull().default('in_progress'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    // Log position of RoundFinished: orders a golfer's rounds as they were finished (achievements).
    finishedPosition: bigint('finished_position', { mode: 'number' }),
  },
  (t) => [index('golf_rounds_course_idx').on(t.courseId, t.date), index('golf_rounds_date_idx').on(t.date)],
);
export type GolfRoundRow = typeof golfRounds.$inferSelect;

export const golfRoundPlayers = pgTable(
  'golf_round_players',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => golfRounds.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    guestName: text('guest_name'),
    gender: text('gender').notNull().default('men'),
    // What the player played off: the index in effect at the start and its Course Handicap on the tee.
    handicapIndex: doublePrecision('handicap_index'),
    courseHandicap: integer('course_handicap'),
    // Why the finished round was not posted for handicap (unrated tee, incomplete card); null if posted.
    postingNote: text('posting_note'),
    // Moves whenever this player's posting of the round is (re)written, also from another round's
    // log (a re-post, see rounds/repost.ts), always under the player's record lock: summed over the
    // round's players, with the log's head it keys the cached round view. Kept per player, not on
    // the round, so two re-posts for different golfers never contend for one row.
    postingVersion: integer('posting_version').notNull().default(0),
    // The round as it stood when finished (later corrections do not change it): achievements are
    // judged on these, so they do not depend on when the consumer ran.
    finishGross: integer('finish_gross'),
    finishHoles: integer('finish_holes'),
    finishBirdies: integer('finish_birdies'),
    finishEagles: integer('finish_eagles'),
    // An account added to someone else's round: 'pending' until they confirm it (or write to it
    // themselves), 'declined' if they refuse it. Only a confirmed round is on the player's record
    // (rounds, analytics, achievements, exports, handicap). The creator and guests are confirmed.
    confirmation: text('confirmation', { enum: ['confirmed', 'pending', 'declined'] })
      .notNull()
      .default('confirmed'),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.position] }),
    uniqueIndex('golf_round_players_user_uq').on(t.roundId, t.userId),
    index('golf_round_players_user_idx').on(t.userId),
    check('golf_round_players_position', sql`${t.position} between 1 and 4`),
    check('golf_round_players_who', sql`(${t.userId} is null) <> (${t.guestName} is null)`),
  ],
);
export type GolfRoundPlayerRow = typeof golfRoundPlayers.$inferSelect;

export const golfHoleScores = pgTable(
  'golf_hole_scores',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => golfRounds.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    hole: integer('hole').notNull(),
    strokes: integer('strokes').notNull(),
    putts: integer('putts'),
    fairway: text('fairway'),
    penalties: integer('penalties'),
    sand: boolean('sand'),
    // The HoleScored event that last set this hole.
    seq: integer('seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.position, t.hole] })],
);
export type GolfHoleScoreRow = typeof golfHoleScores.$inferSelect;

/** A finished round's score for handicap purposes (WHS): one per account player and round. */
export const golfPostedScores = pgTable(
  'golf_posted_scores',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => golfRounds.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    course: text('course').notNull(),
    tee: text('tee').notNull(),
    holes: integer('holes').notNull(),
    gross: integer('gross').notNull(),
    ags: integer('ags').notNull(),
    courseRating: doublePrecision('course_rating').notNull(),
    slope: integer('slope').notNull(),
    pcc: integer('pcc'),
    courseHandicap: integer('course_handicap'),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index('golf_posted_scores_user_idx').on(t.userId, t.date)],
);
export type GolfPostedScoreRow = typeof golfPostedScores.$inferSelect;

/** Moves whenever any of a golfer's postings is (re)written: it keys their cached handicap report. */
export const golfGolferRecords = pgTable('golf_golfer_records', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

// ---- Materialized by the golf-analytics consumer (recomputed per golfer, so replays are harmless) ----

/** One finished round of one golfer, summarized. */
export const golfGolferRounds = pgTable(
  'golf_golfer_rounds',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => golfRounds.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    courseId: integer('course_id').notNull(),
    teeId: integer('tee_id').notNull(),
    holesPlayed: integer('holes_played').notNull(),
    complete: boolean('complete').notNull(),
    gross: integer('gross').notNull(),
    par: integer('par').notNull(),
    putts: integer('putts'),
    fairwaysHit: integer('fairways_hit').notNull(),
    fairwaysOf: integer('fairways_of').notNull(),
    greensHit: integer('greens_hit').notNull(),
    greensOf: integer('greens_of').notNull(),
    penalties: integer('penalties').notNull(),
    finishedPosition: bigint('finished_position', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roundId] }), index('golf_golfer_rounds_date_idx').on(t.userId, t.date)],
);

/** A golfer's aggregates over all finished rounds. */
export const golfGolferStats = pgTable('golf_golfer_stats', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  rounds: integer('rounds').notNull(),
  completeRounds: integer('complete_rounds').notNull(),
  scoringAverage: doublePrecision('scoring_average'),
  bestRoundId: uuid('best_round_id'),
  bestGross: integer('best_gross'),
  averagePar3: doublePrecision('average_par3'),
  averagePar4: doublePrecision('average_par4'),
  averagePar5: doublePrecision('average_par5'),
  // { eagle_or_better, birdie, par, bogey, double, triple_plus } over every hole played.
  distribution: jsonb('distribution').notNull(),
  // Over the last 20 rounds: the trend lines' averages.
  recentFairwayPct: doublePrecision('recent_fairway_pct'),
  recentGreenPct: doublePrecision('recent_green_pct'),
  recentPutts: doublePrecision('recent_putts'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A golfer's record on one course. */
export const golfGolferCourses = pgTable(
  'golf_golfer_courses',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: integer('course_id')
      .notNull()
      .references(() => golfCourses.id, { onDelete: 'cascade' }),
    rounds: integer('rounds').notNull(),
    completeRounds: integer('complete_rounds').notNull(),
    bestGross: integer('best_gross'),
    bestRoundId: uuid('best_round_id'),
    averageGross: doublePrecision('average_gross'),
    lastPlayed: date('last_played', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.courseId] })],
);

/**
 * Achievements the consumer found, written in its transaction (an outbox): each is then appended
 * once to the golfer's stream (golfer:{userId}) under its deterministic event id; `seq` says it was.
 */
export const golfAchievements = pgTable(
  'golf_achievements',
  {
    eventId: uuid('event_id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    roundId: uuid('round_id').notNull(),
    // Log position of the round's finish: the order the achievements are appended in.
    finishedPosition: bigint('finished_position', { mode: 'number' }).notNull(),
    data: jsonb('data').notNull(),
    seq: integer('seq'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('golf_achievements_user_idx').on(t.userId), index('golf_achievements_pending_idx').on(t.seq)],
);
