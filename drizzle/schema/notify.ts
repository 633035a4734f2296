// Following and notifications ("My Statline"): what a signed-in user follows, and the notifications
// the notify consumer (lib/notify) writes from the event log. A notification's key is unique per
// user, so one event makes at most one notification per user however often a batch is replayed.
import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './core';

export const followKinds = ['league', 'team', 'player', 'golfer'] as const;
export type FollowKind = (typeof followKinds)[number];

export const follows = pgTable(
  'follows',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // league, team, player: basketball ids (as text); golfer: a user id.
    targetKind: text('target_kind', { enum: followKinds }).notNull(),
    targetId: text('target_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('follows_user_target_uq').on(t.userId, t.targetKind, t.targetId),
    // Fan-out looks up followers by target.
    index('follows_target_idx').on(t.targetKind, t.targetId),
    check('follows_kind', sql`${t.targetKind} in ('league', 'team', 'player', 'golfer')`),
  ],
);
export type Follow = typeof follows.$inferSelect;

export const notificationKinds = ['game_started', 'game_ended', 'personal_best', 'golf_personal_best'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    payload: jsonb('payload').notNull(),
    sourceEventId: uuid('source_event_id').notNull(),
    // What makes it unique for its user, e.g. "game_ended:42" or "personal_best:42:7".
    key: text('key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    // Set once an email digest included it: nothing is mailed twice.
    digestedAt: timestamp('digested_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_user_key_uq').on(t.userId, t.key),
    index('notifications_user_idx').on(t.userId, t.id),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);
export type Notification = typeof notifications.$inferSelect;

export const digestFrequencies = ['off', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

// A user's email digest of their notifications. No row means off: mail is sent only to those who
// asked for it.
export const digestSettings = pgTable(
  'digest_settings',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    frequency: text('frequency', { enum: digestFrequencies }).notNull().default('off'),
    // When the sender last claimed this user's notifications: a daily digest is due once per UTC
    // day, a weekly one once per ISO week.
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('digest_settings_frequency', sql`${t.frequency} in ('off', 'daily', 'weekly')`),
    // The sender looks only at the users who want mail.
    index('digest_settings_due_idx').on(t.frequency).where(sql`${t.frequency} <> 'off'`),
  ],
);
export type DigestSetting = typeof digestSettings.$inferSelect;
