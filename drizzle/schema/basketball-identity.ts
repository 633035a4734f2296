// One person, one player: every source key and spelling a player was seen under, and the merges an
// admin made (kept whole, so a wrong merge can be split again).
import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bbPlayers } from './basketball-stats';

export const bbPlayerAliases = pgTable(
  'bb_player_aliases',
  {
    id: serial('id').primaryKey(),
    playerId: integer('player_id')
      .notNull()
      .references(() => bbPlayers.id, { onDelete: 'cascade' }),
    // A source's key for the person ("nba:203999", "name:Alperen Sengun"); null for a spelling alone.
    sourceKey: text('source_key'),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('bb_player_aliases_source_uq').on(t.sourceKey), index('bb_player_aliases_player_idx').on(t.playerId)],
);

export const bbPlayerMerges = pgTable('bb_player_merges', {
  id: serial('id').primaryKey(),
  keptPlayerId: integer('kept_player_id')
    .notNull()
    .references(() => bbPlayers.id, { onDelete: 'cascade' }),
  // The merged player's row, the lines and roster rows moved or dropped, the aliases moved: what a split restores.
  snapshot: jsonb('snapshot').notNull(),
  mergedBy: uuid('merged_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  splitAt: timestamp('split_at', { withTimezone: true }),
});
