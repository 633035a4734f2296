// Basketball: the teams and games the demo data and the home page need. The statistics issue
// extends this file (players, rosters, box-score lines) with new migrations.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const bbTeams = pgTable(
  'bb_teams',
  {
    id: serial('id').primaryKey(),
    // stats.nba.com TEAM_ID when the source has it: the natural key for idempotent imports.
    sourceId: text('source_id'),
    abbreviation: text('abbreviation').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('bb_teams_source_uq').on(t.sourceId), index('bb_teams_abbr_idx').on(t.abbreviation)],
);
export type BbTeam = typeof bbTeams.$inferSelect;

export const bbGameStatus = pgEnum('bb_game_status', ['scheduled', 'live', 'final']);

export const bbGames = pgTable(
  'bb_games',
  {
    id: serial('id').primaryKey(),
    sourceId: text('source_id'),
    // Season named by its starting year: 2018 = 2018-19.
    season: integer('season').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    homeTeamId: integer('home_team_id')
      .notNull()
      .references(() => bbTeams.id),
    awayTeamId: integer('away_team_id')
      .notNull()
      .references(() => bbTeams.id),
    homeScore: integer('home_score'),
    awayScore: integer('away_score'),
    status: bbGameStatus('status').notNull().default('scheduled'),
    postseason: boolean('postseason').notNull().default(false),
  },
  (t) => [
    uniqueIndex('bb_games_source_uq').on(t.sourceId),
    index('bb_games_date_idx').on(t.date, t.id),
    index('bb_games_season_idx').on(t.season, t.date),
    check('bb_games_distinct_teams', sql`${t.homeTeamId} <> ${t.awayTeamId}`),
  ],
);
export type BbGame = typeof bbGames.$inferSelect;
