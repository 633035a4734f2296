// Basketball players, rosters and box-score lines (per player and per team per game).
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, numeric, pgTable, primaryKey, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bbGames, bbTeams } from './basketball';

export const bbPlayers = pgTable(
  'bb_players',
  {
    id: serial('id').primaryKey(),
    // The source's identity for the player (an id, or "name:<full name>" when the source has none);
    // null for players created in Statline.
    sourceId: text('source_id'),
    name: text('name').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    position: text('position'),
  },
  (t) => [uniqueIndex('bb_players_source_uq').on(t.sourceId), index('bb_players_name_idx').on(sql`lower(${t.name})`)],
);
export type BbPlayer = typeof bbPlayers.$inferSelect;

export const bbRosters = pgTable(
  'bb_rosters',
  {
    playerId: integer('player_id')
      .notNull()
      .references(() => bbPlayers.id, { onDelete: 'cascade' }),
    teamId: integer('team_id')
      .notNull()
      .references(() => bbTeams.id),
    season: integer('season').notNull(),
    jerseyNumber: integer('jersey_number'),
  },
  (t) => [
    primaryKey({ columns: [t.playerId, t.teamId, t.season] }),
    index('bb_rosters_team_idx').on(t.teamId, t.season),
    // A scorekeeper finds players by number: two players of one team-season never share one.
    uniqueIndex('bb_rosters_jersey_uq').on(t.teamId, t.season, t.jerseyNumber),
  ],
);

// Counting stats shared by player and team lines, named as balldontlie names them.
const counting = () => ({
  fgm: integer('fgm').notNull(),
  fga: integer('fga').notNull(),
  fg3m: integer('fg3m').notNull(),
  fg3a: integer('fg3a').notNull(),
  ftm: integer('ftm').notNull(),
  fta: integer('fta').notNull(),
  oreb: integer('oreb').notNull(),
  dreb: integer('dreb').notNull(),
  reb: integer('reb').notNull(),
  ast: integer('ast').notNull(),
  stl: integer('stl').notNull(),
  blk: integer('blk').notNull(),
  turnover: integer('turnover').notNull(),
  pf: integer('pf').notNull(),
  pts: integer('pts').notNull(),
});

export const bbPlayerLines = pgTable(
  'bb_player_lines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    gameId: integer('game_id')
      .notNull()
      .references(() => bbGames.id, { onDelete: 'cascade' }),
    playerId: integer('player_id')
      .notNull()
      .references(() => bbPlayers.id, { onDelete: 'cascade' }),
    teamId: integer('team_id')
      .notNull()
      .references(() => bbTeams.id),
    // Minutes as a decimal (30.5 = 30:30). 0 = did not play: never counted as a game played.
    // Null = played, minutes unknown (a live game scored without the game clock).
    min: numeric('min', { precision: 6, scale: 2, mode: 'number' }),
    ...counting(),
    plusMinus: integer('plus_minus'),
  },
  (t) => [
    uniqueIndex('bb_player_lines_game_player_uq').on(t.gameId, t.playerId),
    index('bb_player_lines_player_idx').on(t.playerId, t.gameId),
    index('bb_player_lines_team_idx').on(t.teamId, t.gameId),
  ],
);
export type BbPlayerLine = typeof bbPlayerLines.$inferSelect;

export const bbTeamLines = pgTable(
  'bb_team_lines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    gameId: integer('game_id')
      .notNull()
      .references(() => bbGames.id, { onDelete: 'cascade' }),
    teamId: integer('team_id')
      .notNull()
      .references(() => bbTeams.id),
    min: integer('min').notNull(),
    ...counting(),
    plusMinus: integer('plus_minus'),
    // Charged to the team and to none of its players; null when the source does not say.
    teamReb: integer('team_reb'),
    teamTov: integer('team_tov'),
  },
  (t) => [
    uniqueIndex('bb_team_lines_game_team_uq').on(t.gameId, t.teamId),
    index('bb_team_lines_team_idx').on(t.teamId, t.gameId),
  ],
);
export type BbTeamLine = typeof bbTeamLines.$inferSelect;
