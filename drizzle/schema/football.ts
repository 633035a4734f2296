// American football: teams, players, games and plays. Plays are partitioned by season (the migration
// declares `PARTITION BY LIST (season)`, which Drizzle cannot express; the import creates a season's
// partition before its first play), so a question about one season reads one partition.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { leagues } from './leagues';

export const fbTeams = pgTable(
  'fb_teams',
  {
    id: serial('id').primaryKey(),
    leagueId: integer('league_id')
      .notNull()
      .references(() => leagues.id),
    // The abbreviation the team goes by now; the ones it went by before are in fb_team_abbreviations.
    abbreviation: text('abbreviation').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('fb_teams_league_abbr_uq').on(t.leagueId, t.abbreviation)],
);
export type FbTeam = typeof fbTeams.$inferSelect;

/** Every spelling a source used for a team, and the seasons it was used (SD → LAC in 2017, ARZ beside ARI). */
export const fbTeamAbbreviations = pgTable(
  'fb_team_abbreviations',
  {
    leagueId: integer('league_id')
      .notNull()
      .references(() => leagues.id),
    abbreviation: text('abbreviation').notNull(),
    teamId: integer('team_id')
      .notNull()
      .references(() => fbTeams.id),
    firstSeason: integer('first_season'),
    lastSeason: integer('last_season'),
  },
  (t) => [primaryKey({ columns: [t.leagueId, t.abbreviation] })],
);

export const fbPlayers = pgTable(
  'fb_players',
  {
    id: serial('id').primaryKey(),
    leagueId: integer('league_id')
      .notNull()
      .references(() => leagues.id),
    // The source's own person id (Big Data Bowl nflId, nflscrapR's GSIS id): re-imports match on it.
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    position: text('position'),
    heightInches: smallint('height_inches'),
    weightLbs: smallint('weight_lbs'),
    college: text('college'),
    entryYear: smallint('entry_year'),
  },
  (t) => [uniqueIndex('fb_players_source_uq').on(t.leagueId, t.sourceId), index('fb_players_name_idx').on(sql`lower(${t.name})`)],
);
export type FbPlayer = typeof fbPlayers.$inferSelect;

export const fbSeasonType = pgEnum('fb_season_type', ['pre', 'reg', 'post']);

export const fbGames = pgTable(
  'fb_games',
  {
    id: serial('id').primaryKey(),
    leagueId: integer('league_id')
      .notNull()
      .references(() => leagues.id),
    sourceId: text('source_id').notNull(),
    season: integer('season').notNull(),
    week: smallint('week').notNull(),
    seasonType: fbSeasonType('season_type').notNull(),
    date: date('date').notNull(),
    homeTeamId: integer('home_team_id')
      .notNull()
      .references(() => fbTeams.id),
    visitorTeamId: integer('visitor_team_id')
      .notNull()
      .references(() => fbTeams.id),
    homeScore: smallint('home_score'),
    visitorScore: smallint('visitor_score'),
    status: text('status', { enum: ['scheduled', 'live', 'final'] })
      .notNull()
      .default('final'),
    stadium: text('stadium'),
    roof: text('roof'),
    surface: text('surface'),
    weather: text('weather'),
    temperatureF: smallint('temperature_f'),
    // A digest of the game and its plays as last imported: the same file again changes nothing.
    sourceHash: text('source_hash'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fb_games_source_uq').on(t.leagueId, t.sourceId),
    index('fb_games_season_week_idx').on(t.leagueId, t.season, t.week),
    index('fb_games_home_idx').on(t.homeTeamId, t.season),
    index('fb_games_visitor_idx').on(t.visitorTeamId, t.season),
    // Games arrive roughly in date order: a block-range index finds a date range for a few pages.
    index('fb_games_date_brin').using('brin', t.date),
  ],
);
export type FbGame = typeof fbGames.$inferSelect;

export const fbPlayType = pgEnum('fb_play_type', [
  'pass',
  'run',
  'punt',
  'field_goal',
  'kickoff',
  'extra_point',
  'two_point',
  'penalty',
  'no_play',
  'qb_kneel',
  'qb_spike',
  'other',
]);
export const fbPassResult = pgEnum('fb_pass_result', ['complete', 'incomplete', 'interception', 'sack']);

/** One play. Partitioned by season (see the top of this file); the key leads with the partition key. */
export const fbPlays = pgTable(
  'fb_plays',
  {
    season: integer('season').notNull(),
    gameId: integer('game_id')
      .notNull()
      .references(() => fbGames.id),
    // The source's play id: increasing within a game, the play's place in it.
    playId: integer('play_id').notNull(),
    drive: smallint('drive'),
    quarter: smallint('quarter').notNull(),
    quarterSeconds: smallint('quarter_seconds'),
    halfSeconds: smallint('half_seconds'),
    gameSeconds: smallint('game_seconds'),
    down: smallint('down'),
    distance: smallint('distance'),
    yardline100: smallint('yardline_100'),
    goalToGo: boolean('goal_to_go').notNull().default(false),
    offenseTeamId: integer('offense_team_id'),
    defenseTeamId: integer('defense_team_id'),
    homeScoreBefore: smallint('home_score_before').notNull(),
    visitorScoreBefore: smallint('visitor_score_before').notNull(),
    homeScoreAfter: smallint('home_score_after').notNull(),
    visitorScoreAfter: smallint('visitor_score_after').notNull(),
    // Offense minus defense before the snap: the situational filters ask it.
    scoreDiff: smallint('score_diff'),
    playType: fbPlayType('play_type').notNull(),
    passResult: fbPassResult('pass_result'),
    yardsGained: smallint('yards_gained').notNull().default(0),
    touchdown: boolean('touchdown').notNull().default(false),
    turnover: boolean('turnover').notNull().default(false),
    penalty: boolean('penalty').notNull().default(false),
    firstDown: boolean('first_down').notNull().default(false),
    success: boolean('success'),
    explosive: boolean('explosive').notNull().default(false),
    formation: text('formation'),
    personnel: jsonb('personnel').$type<Record<string, number>>(),
    personnelCode: text('personnel_code'),
    defensePersonnel: jsonb('defense_personnel').$type<Record<string, number>>(),
    defendersInBox: smallint('defenders_in_box'),
    passRushers: smallint('pass_rushers'),
    // Ours (the registry's EP/WP model) and the source's own, kept side by side where it has them.
    ep: real('ep'),
    epa: real('epa'),
    wp: real('wp'),
    wpa: real('wpa'),
    sourceEp: real('source_ep'),
    sourceEpa: real('source_epa'),
    sourceWp: real('source_wp'),
    sourceWpa: real('source_wpa'),
    description: text('description'),
  },
  (t) => [
    primaryKey({ columns: [t.season, t.gameId, t.playId] }),
    // The common situational questions: a team's offense (or defense) in a season by down and distance.
    index('fb_plays_offense_idx').on(t.offenseTeamId, t.season, t.down, t.distance),
    index('fb_plays_defense_idx').on(t.defenseTeamId, t.season, t.down, t.distance),
    index('fb_plays_game_idx').on(t.gameId, t.playId),
    index('fb_plays_personnel_gin').using('gin', t.personnel),
    // Formation filters are selective and only scrimmage plays have one.
    index('fb_plays_formation_idx').on(t.offenseTeamId, t.formation, t.personnelCode).where(sql`${t.formation} is not null`),
  ],
);
export type FbPlay = typeof fbPlays.$inferSelect;

/** Who was on a play and what they did (passer, rusher, receiver, tackler, …), where the source says. */
export const fbPlayParticipants = pgTable(
  'fb_play_participants',
  {
    season: integer('season').notNull(),
    gameId: integer('game_id').notNull(),
    playId: integer('play_id').notNull(),
    playerId: integer('player_id')
      .notNull()
      .references(() => fbPlayers.id),
    side: text('side', { enum: ['offense', 'defense', 'special'] }).notNull(),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.season, t.gameId, t.playId, t.playerId, t.role] }),
    index('fb_participants_player_idx').on(t.playerId),
  ],
);

/** A defender's part in a play, where the source charts it (pressure data). */
export const fbDefensiveMetrics = pgTable(
  'fb_defensive_metrics',
  {
    season: integer('season').notNull(),
    gameId: integer('game_id').notNull(),
    playId: integer('play_id').notNull(),
    playerId: integer('player_id')
      .notNull()
      .references(() => fbPlayers.id),
    pressure: boolean('pressure').notNull().default(false),
    hurry: boolean('hurry').notNull().default(false),
    hit: boolean('hit').notNull().default(false),
    sack: boolean('sack').notNull().default(false),
    primaryDefender: boolean('primary_defender').notNull().default(false),
    coverage: text('coverage'),
  },
  (t) => [
    primaryKey({ columns: [t.season, t.gameId, t.playId, t.playerId] }),
    index('fb_defensive_player_idx').on(t.playerId, t.season),
  ],
);
