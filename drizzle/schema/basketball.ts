// Basketball: teams and games. Box-score lines, players and rosters are in
// basketball-stats.ts.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { leagues } from './leagues';

export const bbTeams = pgTable(
  'bb_teams',
  {
    id: serial('id').primaryKey(),
    leagueId: integer('league_id')
      .notNull()
      .references(() => leagues.id),
    // stats.nba.com TEAM_ID when the source has it: the natural key for idempotent imports.
    sourceId: text('source_id'),
    abbreviation: text('abbreviation').notNull(),
    name: text('name').notNull(),
    // The season whose name and abbreviation the row shows: older imports never rename a team.
    nameSeason: integer('name_season'),
    conference: text('conference'),
    division: text('division'),
    city: text('city'),
    // Set for teams created in Statline (not imported); their creator coaches them.
    createdBy: uuid('created_by'),
  },
  (t) => [
    uniqueIndex('bb_teams_source_uq').on(t.sourceId),
    index('bb_teams_abbr_idx').on(t.abbreviation),
    // Two teams of one name are one too many for anyone picking from a list; imported names are
    // checked in code (an import may rename an old franchise to a current one).
    uniqueIndex('bb_teams_created_name_uq').on(t.leagueId, sql`lower(${t.name})`).where(sql`${t.createdBy} is not null`),
    // The same for abbreviations: a box score or a schedule shows two "LIN" as one team.
    uniqueIndex('bb_teams_created_abbr_uq').on(t.leagueId, sql`upper(${t.abbreviation})`).where(sql`${t.createdBy} is not null`),
    index('bb_teams_league_idx').on(t.leagueId),
  ],
);
export type BbTeam = typeof bbTeams.$inferSelect;

export const bbGameStatus = pgEnum('bb_game_status', ['scheduled', 'live', 'final']);

export const bbGames = pgTable(
  'bb_games',
  {
    id: serial('id').primaryKey(),
    sourceId: text('source_id'),
    leagueId: integer('league_id')
      .notNull()
      .references(() => leagues.id),
    season: integer('season').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    // A scheduled game's start (null for imported games, which keep only a date) and where it is played.
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }),
    venue: text('venue'),
    homeTeamId: integer('home_team_id')
      .notNull()
      .references(() => bbTeams.id),
    awayTeamId: integer('away_team_id')
      .notNull()
      .references(() => bbTeams.id),
    homeScore: integer('home_score'),
    awayScore: integer('away_score'),
    // Some sources (player game logs) say who played and who won, but not where or the score:
    // then venue_known is false, the two teams sit in home/away in name order, and each score is
    // the sum of that side's player points (null where the sum contradicts the stated winner).
    venueKnown: boolean('venue_known').notNull().default(true),
    winnerTeamId: integer('winner_team_id').references(() => bbTeams.id),
    status: bbGameStatus('status').notNull().default('scheduled'),
    postseason: boolean('postseason').notNull().default(false),
    // Games scored live in Statline have a rule set (lib/basketball/live/rules.ts); imported ones do not.
    ruleSet: text('rule_set'),
    createdBy: uuid('created_by'),
    // A coach's game against a team they do not manage counts for that team only once its coach
    // (or an admin) accepts it; null when no one needs to (lib/basketball/scoring/confirmation.ts).
    confirmTeamId: integer('confirm_team_id').references(() => bbTeams.id),
    confirmation: text('confirmation', { enum: ['pending', 'accepted', 'declined'] }),
  },
  (t) => [
    uniqueIndex('bb_games_source_uq').on(t.sourceId),
    index('bb_games_date_idx').on(t.date, t.id),
    index('bb_games_season_idx').on(t.season, t.date),
    index('bb_games_league_season_idx').on(t.leagueId, t.season, t.date),
    index('bb_games_home_idx').on(t.homeTeamId, t.date),
    index('bb_games_away_idx').on(t.awayTeamId, t.date),
    check('bb_games_distinct_teams', sql`${t.homeTeamId} <> ${t.awayTeamId}`),
    check(
      'bb_games_confirmation',
      sql`(${t.confirmTeamId} is null) = (${t.confirmation} is null) and ${t.confirmation} in ('pending', 'accepted', 'declined')`,
    ),
  ],
);
export type BbGame = typeof bbGames.$inferSelect;

/** The projection of a live game's event log: game state and box score, written in the append transaction. */
export const bbLiveGames = pgTable('bb_live_games', {
  gameId: integer('game_id')
    .primaryKey()
    .references(() => bbGames.id, { onDelete: 'cascade' }),
  lastSeq: integer('last_seq').notNull().default(0),
  state: jsonb('state').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export type BbLiveGame = typeof bbLiveGames.$inferSelect;
