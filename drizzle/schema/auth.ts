// Access: API keys for programs, password resets and the roles each account holds in a scope.
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bbTeams } from './basketball';
import { users } from './core';

export const apiKeyScope = pgEnum('api_key_scope', ['read', 'write']);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // The key's public prefix finds the row; only a SHA-256 of the whole key is stored.
    prefix: text('prefix').notNull(),
    hash: text('hash').notNull(),
    scope: apiKeyScope('scope').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_prefix_uq').on(t.prefix), index('api_keys_user_idx').on(t.userId, t.createdAt)],
);
export type ApiKey = typeof apiKeys.$inferSelect;

/**
 * One-time password-reset tokens. Only a SHA-256 of the token is kept (it is 256 random bits, so a
 * slow hash adds nothing), and using one sets `used_at` in the same statement that checks it is
 * unused and unexpired: two requests racing with one token cannot both reset.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    // The admin who issued the link; null when the owner asked for it by mail.
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('password_resets_token_uq').on(t.tokenHash), index('password_resets_user_idx').on(t.userId)],
);

export const grantRoles = ['league_admin', 'coach', 'scorekeeper', 'player', 'parent'] as const;
export type GrantRole = (typeof grantRoles)[number];

/**
 * Roles held in a scope: league admin of a league, coach or scorekeeper of a team, player or parent
 * of a player record. A player's or parent's link waits (`pending`) until the team's coach confirms
 * it. Site admins are `users.role = 'admin'`; fans are everyone signed in.
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: grantRoles }).notNull(),
    scopeKind: text('scope_kind', { enum: ['league', 'team', 'player'] }).notNull(),
    scopeId: integer('scope_id').notNull(),
    status: text('status', { enum: ['active', 'pending'] })
      .notNull()
      .default('active'),
    grantedBy: uuid('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('role_grants_uq').on(t.userId, t.role, t.scopeKind, t.scopeId),
    index('role_grants_scope_idx').on(t.scopeKind, t.scopeId, t.role),
  ],
);
export type RoleGrant = typeof roleGrants.$inferSelect;

/**
 * Invitations to take a scoped role: a one-time link mailed (or handed) to an address. Like a
 * password reset, only a SHA-256 of the token is kept, and accepting is one UPDATE that checks the
 * link is unspent, unrevoked and unexpired, so two accepts racing with one token cannot both win.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    role: text('role', { enum: grantRoles }).notNull(),
    scopeKind: text('scope_kind', { enum: ['league', 'team', 'player'] }).notNull(),
    scopeId: integer('scope_id').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invitations_token_uq').on(t.tokenHash),
    index('invitations_scope_idx').on(t.scopeKind, t.scopeId),
    index('invitations_invited_by_idx').on(t.invitedBy, t.createdAt),
  ],
);
export type Invitation = typeof invitations.$inferSelect;
