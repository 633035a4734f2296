// Core tables every domain stands on: accounts, audit trail, the event log, consumers, import jobs.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['admin', 'coach', 'player', 'fan']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull().default('fan'),
    passwordHash: text('password_hash'),
    // Sessions carry the version they were issued under; raising it (sign-out, a new password) ends
    // every session issued before, though each cookie would otherwise stay valid for 30 days.
    sessionVersion: integer('session_version').notNull().default(0),
    // Whether other people may find this account by its exact email (to add it to a golf round).
    // Off until the person turns it on: an address should not tell strangers it has an account.
    findableByEmail: boolean('findable_by_email').notNull().default(false),
    // Whether the golf profile and rounds are public. Off: only the golfer, the people in each round
    // and admins see them. On by default, as every profile was before the choice existed.
    golfPublic: boolean('golf_public').notNull().default(true),
    // Set by an admin: the account cannot sign in, and its sessions and API keys stop working.
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    // Set when the account is deleted: the row stays as an anonymous tombstone (no email, name or
    // password) so the events, rounds and audit rows that name its id keep a valid, faceless actor.
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_lower_uq').on(sql`lower(${t.email})`)],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    // The API key the actor wrote with (null for a browser session). No foreign key: the row must
    // outlive the key, and api_keys sits above this table (its schema imports users from here).
    actorApiKeyId: uuid('actor_api_key_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    requestId: text('request_id'),
    ip: text('ip'),
    details: jsonb('details'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One index per filter of the audit page and API (the date range, the actor, the action).
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorId, t.at),
    index('audit_log_action_idx').on(t.action, t.at),
  ],
);
export type AuditEntry = typeof auditLog.$inferSelect;

// xid8 is Postgres' 64-bit transaction id; consumers compare it with pg_snapshot_xmin to read only
// positions whose transactions have settled (a bigserial may commit out of order).
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    stream: text('stream').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    actorId: uuid('actor_id'),
    requestId: text('request_id'),
    position: bigserial('position', { mode: 'number' }).notNull(),
    txId: xid8('tx_id').notNull().default(sql`pg_current_xact_id()`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('events_stream_seq_uq').on(t.stream, t.seq),
    uniqueIndex('events_position_uq').on(t.position),
    index('events_tx_position_idx').on(t.txId, t.position),
    check('events_seq_positive', sql`${t.seq} > 0`),
  ],
);
export type EventRow = typeof events.$inferSelect;

// A consumer's place in the log is (tx_id, position): positions can commit out of order, but once a
// transaction id is below every running one, nothing with a smaller id can still appear.
export const consumerCheckpoints = pgTable('consumer_checkpoints', {
  name: text('name').primaryKey(),
  txId: xid8('tx_id').notNull().default(sql`'0'::xid8`),
  position: bigint('position', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Versions of derived data (e.g. `basketball`), bumped in the writing transaction and folded into
// cache keys: a write makes the next read miss even when the cache's tag invalidation was lost.
export const dataVersions = pgTable('data_versions', {
  name: text('name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

// succeeded: every row landed; partial: some rows were rejected; failed: nothing landed (or the run broke).
export const importStatus = pgEnum('import_status', ['queued', 'running', 'succeeded', 'partial', 'failed']);

export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    status: importStatus('status').notNull().default('queued'),
    totalRows: integer('total_rows'),
    processedRows: integer('processed_rows').notNull().default(0),
    insertedRows: integer('inserted_rows').notNull().default(0),
    updatedRows: integer('updated_rows').notNull().default(0),
    unchangedRows: integer('unchanged_rows').notNull().default(0),
    rejectedRows: integer('rejected_rows').notNull().default(0),
    error: text('error'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    // The league a schedule import is for: only that league's admins may follow the job.
    leagueId: integer('league_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_created_idx').on(t.createdAt)],
);
export type ImportJob = typeof importJobs.$inferSelect;

export const importRejections = pgTable(
  'import_rejections',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    reason: text('reason').notNull(),
    raw: text('raw'),
  },
  (t) => [index('import_rejections_job_idx').on(t.jobId, t.rowNumber)],
);

/** Which demo/seed sets have been loaded, so start-up seeds an empty database exactly once. */
export const seedRuns = pgTable('seed_runs', {
  name: text('name').primaryKey(),
  rows: integer('rows').notNull(),
  ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
});
