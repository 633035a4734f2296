// The model registry: every trained model is a version kept whole (its features, training window,
// hyper-parameters, metrics and artifact), so a prediction can always name what made it. Which versions
// each replica keeps loaded, and which one answers by default, are rows here too: replicas follow them.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './core';
import { leagues } from './leagues';

export const modelVersions = pgTable(
  'model_versions',
  {
    id: serial('id').primaryKey(),
    // e.g. nba-game-logistic: one line of versions, numbered 1, 2, … in the order they were registered.
    name: text('name').notNull(),
    version: integer('version').notNull(),
    // What the artifact is (logistic, forest, ridge, …): decides how it is validated and run.
    kind: text('kind').notNull(),
    // What it predicts (game, player-pts, …): the default is per task and league.
    task: text('task').notNull(),
    leagueId: integer('league_id').references(() => leagues.id),
    features: jsonb('features').$type<string[]>().notNull(),
    training: jsonb('training').$type<Record<string, unknown>>().notNull(),
    hyperparameters: jsonb('hyperparameters').$type<Record<string, unknown>>().notNull(),
    metrics: jsonb('metrics').$type<Record<string, unknown>>().notNull(),
    artifact: jsonb('artifact').notNull(),
    // Of the artifact's canonical JSON when registered: a load refuses an artifact that no longer matches.
    artifactSha256: text('artifact_sha256').notNull(),
    loaded: boolean('loaded').notNull().default(false),
    isDefault: boolean('is_default').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('model_versions_name_version_uq').on(t.name, t.version),
    uniqueIndex('model_versions_default_uq').on(t.task, sql`coalesce(${t.leagueId}, 0)`).where(sql`${t.isDefault}`),
    index('model_versions_loaded_idx').on(t.loaded).where(sql`${t.loaded}`),
  ],
);
export type ModelVersionRow = typeof modelVersions.$inferSelect;

/** Named pointers into a line of versions (champion, challenger), as MLflow keeps them. */
export const modelAliases = pgTable(
  'model_aliases',
  {
    name: text('name').notNull(),
    alias: text('alias').notNull(),
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.name, t.alias] })],
);

/** A model trained in the background on request (the admin page, the API): its progress and the version it made. */
export const trainingJobs = pgTable('training_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  leagueId: integer('league_id')
    .notNull()
    .references(() => leagues.id, { onDelete: 'cascade' }),
  // queued → running → succeeded | failed
  status: text('status').notNull().default('queued'),
  stage: text('stage'),
  progressDone: integer('progress_done').notNull().default(0),
  progressTotal: integer('progress_total').notNull().default(0),
  versionId: integer('version_id').references(() => modelVersions.id, { onDelete: 'set null' }),
  error: text('error'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
export type TrainingJobRow = typeof trainingJobs.$inferSelect;
/**
 * Every game prediction answered (games, games/simple, compare, batch): who asked (null when anonymous),
 * which model version answered, the features it saw and what it said, under the request id the caller
 * got back, so an answer can be traced and explained later (GET /api/v1/predictions/history).
 */
export const predictionHistory = pgTable(
  'prediction_history',
  {
    id: serial('id').primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    requestId: text('request_id').notNull(),
    // Which endpoint asked (games, games/simple, compare, batch): one request may record several rows.
    endpoint: text('endpoint').notNull(),
    modelName: text('model_name').notNull(),
    modelVersion: integer('model_version').notNull(),
    features: jsonb('features').$type<Record<string, number>>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('prediction_history_user_idx').on(t.userId, t.id), index('prediction_history_request_idx').on(t.requestId)],
);
export type PredictionHistoryRow = typeof predictionHistory.$inferSelect;
