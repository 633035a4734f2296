// A model version as the API shows it: everything but the artifact itself (a forest is megabytes).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { type ModelVersionRow, modelAliases, modelVersions } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { ModelReplica } from './replica';

export async function modelVersionViews(db: Db, rows: ModelVersionRow[], replica: ModelReplica) {
  const aliases = rows.length
    ? await db
        .select()
        .from(modelAliases)
        .where(
          inArray(
            modelAliases.versionId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => viewOf(r, aliases, replica));
}

export async function modelVersionView(db: Db, row: ModelVersionRow, replica: ModelReplica) {
  const aliases = await db.select().from(modelAliases).where(eq(modelAliases.versionId, row.id));
  return viewOf(row, aliases, replica);
}

function viewOf(r: ModelVersionRow, aliases: { versionId: number; alias: string }[], replica: ModelReplica) {
  return {
    name: r.name,
    version: r.version,
    kind: r.kind,
    task: r.task,
    league_id: r.leagueId,
    features: r.features,
    training: r.training,
    hyperparameters: r.hyperparameters,
    metrics: r.metrics,
    loaded: r.loaded,
    default: r.isDefault,
    // Whether this replica answers with it now: loaded, and its artifact checked and built here.
    serving: replica.find(r.name, r.version) !== undefined,
    aliases: aliases
      .filter((a) => a.versionId === r.id)
      .map((a) => a.alias)
      .sort(),
    artifact_sha256: r.artifactSha256,
    created_at: r.createdAt.toISOString(),
  };
}

export async function findVersionRow(db: Db, name: string, version: number) {
  const [row] = await db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.name, name), eq(modelVersions.version, version)));
  return row;
}

/** Newest first within a line; lines by name. */
export async function listVersionRows(db: Db, filter: { task?: string; leagueId?: number; name?: string }) {
  const where = [
    filter.task === undefined ? undefined : eq(modelVersions.task, filter.task),
    filter.leagueId === undefined ? undefined : eq(modelVersions.leagueId, filter.leagueId),
    filter.name === undefined ? undefined : eq(modelVersions.name, filter.name),
  ].filter((w) => w !== undefined);
  return db
    .select()
    .from(modelVersions)
    .where(and(...where))
    .orderBy(asc(modelVersions.name), desc(modelVersions.version));
}
