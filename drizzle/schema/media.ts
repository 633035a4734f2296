// Uploaded media: team logos, player and game photos, short videos, documents. The bytes live in
// the storage driver (lib/storage); a row says what they are, who sent them and what they belong to.
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bbGames, bbTeams } from './basketball';
import { bbPlayers } from './basketball-stats';
import { users } from './core';

export const mediaKind = pgEnum('media_kind', ['logo', 'photo', 'video', 'document']);
// pending: a presigned upload not yet completed (its bytes unchecked, never served); ready: checked.
export const mediaStatus = pgEnum('media_status', ['pending', 'ready']);

export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: mediaKind('kind').notNull(),
    status: mediaStatus('status').notNull().default('pending'),
    // The type found in the bytes themselves (magic bytes), never the one the uploader claimed.
    contentType: text('content_type'),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    width: integer('width'),
    height: integer('height'),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    // Every upload belongs to a team: its quota is charged, and a privacy rule (youth leagues) can
    // decide who sees it from the team's league.
    teamId: integer('team_id')
      .notNull()
      .references(() => bbTeams.id, { onDelete: 'cascade' }),
    // What it shows, when more precise than the team: a player (photo) or a game (photos, video).
    playerId: integer('player_id').references(() => bbPlayers.id, { onDelete: 'cascade' }),
    gameId: integer('game_id').references(() => bbGames.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('media_team_idx').on(t.teamId, t.createdAt),
    index('media_player_idx').on(t.playerId).where(sql`${t.playerId} is not null`),
    index('media_game_idx').on(t.gameId).where(sql`${t.gameId} is not null`),
    check('media_one_subject', sql`${t.playerId} is null or ${t.gameId} is null`),
  ],
);
export type Media = typeof media.$inferSelect;
