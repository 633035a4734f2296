// Leagues: every team, season and game belongs to one, and every list, aggregate and default is
// computed within one. Sport-generic (basketball now, golf clubs and football with their issues).
import { sql } from 'drizzle-orm';
import { pgEnum, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const leagueSport = pgEnum('league_sport', ['basketball', 'golf', 'football']);
export const leagueLevel = pgEnum('league_level', ['pro', 'college', 'high_school', 'youth', 'adult_amateur']);

export const leagues = pgTable(
  'leagues',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    sport: leagueSport('sport').notNull(),
    level: leagueLevel('level').notNull(),
    // split: a season spans two calendar years and is named "2024-25" (by its start year, 2024);
    // calendar: a season is one year ("2025").
    seasonFormat: text('season_format', { enum: ['split', 'calendar'] })
      .notNull()
      .default('split'),
    // members: only the league's members (grants in its scope) and site admins see it.
    visibility: text('visibility', { enum: ['public', 'members'] })
      .notNull()
      .default('public'),
    // The rule set a new game of the league gets unless its creator picks another.
    ruleSet: text('rule_set'),
    // Set on an account's own "Pickup games" league, where its games with no league go: one per account.
    pickupOwnerId: uuid('pickup_owner_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('leagues_slug_uq').on(sql`lower(${t.slug})`), uniqueIndex('leagues_pickup_owner_uq').on(t.pickupOwnerId)],
);
export type League = typeof leagues.$inferSelect;
