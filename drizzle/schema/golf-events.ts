// Golf events: a club's or society's competition of one or more rounds (a weekly medal, a club
// championship, a 72-hole open). Entrants are accounts or named guests (a tournament field); each
// group of a round is a golf round of the existing machinery (its log is the record of the scores),
// and the event's stream (golf-event:{id}) mirrors what its leaderboard needs, for live viewers.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './core';
import { golfCourses, golfRounds, golfTees } from './golf';
import { leagues } from './leagues';

export const golfEvents = pgTable(
  'golf_events',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    // The club or society running it (a golf league); null for an event of no league.
    leagueId: integer('league_id').references(() => leagues.id, { onDelete: 'set null' }),
    courseId: integer('course_id')
      .notNull()
      .references(() => golfCourses.id),
    teeId: integer('tee_id')
      .notNull()
      .references(() => golfTees.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    format: text('format').notNull(),
    // Share of the Course Handicap each entrant plays off (WHS Appendix C: 0.95 individual stroke play).
    allowance: doublePrecision('allowance').notNull(),
    rounds: integer('rounds').notNull(),
    // After this round only the best `cut_top` and ties play on; null = no cut.
    cutAfterRound: integer('cut_after_round'),
    cutTop: integer('cut_top'),
    // Accounts the organiser names to score every group's rounds (the organiser always may).
    scorerIds: uuid('scorer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('golf_events_league_idx').on(t.leagueId, t.startDate),
    index('golf_events_date_idx').on(t.startDate),
    check('golf_events_rounds', sql`${t.rounds} between 1 and 8`),
    check(
      'golf_events_cut',
      sql`(${t.cutAfterRound} is null) = (${t.cutTop} is null) and (${t.cutAfterRound} is null or ${t.cutAfterRound} < ${t.rounds})`,
    ),
  ],
);
export type GolfEventRow = typeof golfEvents.$inferSelect;

export const golfEventEntries = pgTable(
  'golf_event_entries',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => golfEvents.id, { onDelete: 'cascade' }),
    // An account, or null for a guest known only by name (a tournament field).
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    gender: text('gender').notNull().default('men'),
    handicapIndex: doublePrecision('handicap_index'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('golf_event_entries_user_uq').on(t.eventId, t.userId), index('golf_event_entries_event_idx').on(t.eventId)],
);
export type GolfEventEntryRow = typeof golfEventEntries.$inferSelect;

/** One group of one round of an event: a golf round started for its entrants. */
export const golfEventGroups = pgTable(
  'golf_event_groups',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => golfEvents.id, { onDelete: 'cascade' }),
    roundNumber: integer('round_number').notNull(),
    teeTime: timestamp('tee_time', { withTimezone: true }),
    startingHole: integer('starting_hole').notNull().default(1),
    roundId: uuid('round_id')
      .notNull()
      .references(() => golfRounds.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('golf_event_groups_round_uq').on(t.roundId),
    index('golf_event_groups_event_idx').on(t.eventId, t.roundNumber),
  ],
);
export type GolfEventGroupRow = typeof golfEventGroups.$inferSelect;

/** Who plays in a group, in which position of its round. An entrant plays once per event round. */
export const golfEventGroupEntries = pgTable(
  'golf_event_group_entries',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => golfEventGroups.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').notNull(),
    roundNumber: integer('round_number').notNull(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => golfEventEntries.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    // Strokes the entrant receives: the Course Handicap on the event's tee × the allowance; null unrated.
    playingHandicap: integer('playing_handicap'),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.position] }),
    uniqueIndex('golf_event_group_entries_once_uq').on(t.eventId, t.roundNumber, t.entryId),
  ],
);
