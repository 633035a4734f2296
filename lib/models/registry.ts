// Writing the registry: a new version of a line, loading and unloading a version on every replica,
// making it its task's default, pointing an alias at it. Each write is one transaction with its audit
// row and ends by ringing the replicas (replica.ts), which then read what to keep loaded.
import { and, eq, sql } from 'drizzle-orm';
import { modelAliases, modelVersions } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { artifactSha256, checkArtifact } from './artifact-check';
import { modelKind } from './kinds';
import { announceModelChange } from './replica';

export interface NewModelVersion {
  name: string;
  kind: string;
  task: string;
  leagueId: number | null;
  features: string[];
  training: Record<string, unknown>;
  hyperparameters: Record<string, unknown>;
  metrics: Record<string, unknown>;
  artifact: unknown;
}

/** The audit row of a change to one version, written in the change's transaction. */
function auditModel(
  tx: Db,
  actor: AuditActor | null,
  action: string,
  row: { name: string; version: number },
  details: Record<string, unknown>,
) {
  return recordAudit(tx, {
    actorId: actor?.userId ?? null,
    requestId: actor?.requestId,
    ip: actor?.ip,
    action,
    targetType: 'model_version',
    targetId: `${row.name}@${row.version}`,
    details,
  });
}

const lineLock = (name: string) => sql`select pg_advisory_xact_lock(hashtextextended(${`model-line:${name}`}, 0))`;

/** The next version of `name`; numbers are never reused, even by two trainings finishing at once. */
export async function registerVersion(db: Db, actor: AuditActor | null, input: NewModelVersion) {
  if (!modelKind(input.kind)) throw new DomainError('rule_violation', `No model kind "${input.kind}".`);
  const check = checkArtifact({ ...input, artifactSha256: artifactSha256(input.artifact) });
  if (!check.ok) throw new DomainError('rule_violation', `${input.name} was not registered: ${check.reason}.`);
  return db.transaction(async (tx) => {
    await tx.execute(lineLock(input.name));
    const [last] = await tx
      .select({ version: sql<number>`max(${modelVersions.version})` })
      .from(modelVersions)
      .where(eq(modelVersions.name, input.name));
    const [row] = await tx
      .insert(modelVersions)
      .values({
        ...input,
        version: (last?.version ?? 0) + 1,
        artifactSha256: artifactSha256(input.artifact),
        createdBy: actor?.userId ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await auditModel(tx, actor, 'model.register', row, { kind: row.kind, task: row.task, league_id: row.leagueId });
    return row;
  });
}

async function requireVersion(db: Db, name: string, version: number) {
  const [row] = await db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.name, name), eq(modelVersions.version, version)));
  if (!row) throw new DomainError('not_found', `No model ${name} version ${version}.`);
  return row;
}

/**
 * Loads a version on every replica, after checking here that its artifact is intact and runs: a
 * corrupted one is refused and nothing changes, so the version serving before keeps serving.
 * `makeDefault` also makes it its task's default (in its league), in the same transaction.
 */
export async function loadVersion(db: Db, actor: AuditActor | null, name: string, version: number, makeDefault: boolean) {
  const row = await requireVersion(db, name, version);
  const check = checkArtifact(row);
  if (!check.ok) throw new DomainError('rule_violation', `${name} version ${version} cannot be loaded: ${check.reason}.`);
  const updated = await db.transaction(async (tx) => {
    await tx.execute(lineLock(`${row.task}:${row.leagueId ?? 0}`));
    if (makeDefault) {
      await tx
        .update(modelVersions)
        .set({ isDefault: false })
        .where(
          and(
            eq(modelVersions.task, row.task),
            sql`coalesce(${modelVersions.leagueId}, 0) = ${row.leagueId ?? 0}`,
            eq(modelVersions.isDefault, true),
          ),
        );
    }
    const [out] = await tx
      .update(modelVersions)
      .set(makeDefault ? { loaded: true, isDefault: true } : { loaded: true })
      .where(eq(modelVersions.id, row.id))
      .returning();
    await auditModel(tx, actor, 'model.load', row, { default: makeDefault });
    return out ?? row;
  });
  await announceModelChange(db);
  return updated;
}

/** Unloads a version everywhere; if it was its task's default, the task has none until another is loaded as default. */
export async function unloadVersion(db: Db, actor: AuditActor | null, name: string, version: number) {
  const row = await requireVersion(db, name, version);
  const updated = await db.transaction(async (tx) => {
    const [out] = await tx
      .update(modelVersions)
      .set({ loaded: false, isDefault: false })
      .where(eq(modelVersions.id, row.id))
      .returning();
    await auditModel(tx, actor, 'model.unload', row, { was_default: row.isDefault });
    return out ?? row;
  });
  await announceModelChange(db);
  return updated;
}

/** Points `alias` of the version's line at it (champion, challenger); the alias leaves the version it was on. */
export async function setAlias(db: Db, actor: AuditActor | null, name: string, version: number, alias: string) {
  const row = await requireVersion(db, name, version);
  await db.transaction(async (tx) => {
    await tx
      .insert(modelAliases)
      .values({ name, alias, versionId: row.id })
      .onConflictDoUpdate({ target: [modelAliases.name, modelAliases.alias], set: { versionId: row.id, setAt: sql`now()` } });
    await auditModel(tx, actor, 'model.alias', row, { alias });
  });
}
