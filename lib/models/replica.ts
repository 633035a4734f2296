// What this replica keeps loaded: the versions the database marks loaded, each built once from its
// checked artifact. A change anywhere rings every replica through the cache's pub/sub (Redis, Postgres
// NOTIFY without Redis, in-process on the embedded default) and each re-reads the rows, so a load on
// one replica is a load on all within a round trip. A missed ring is caught by a re-read on use after
// RESYNC_MS.
import { eq } from 'drizzle-orm';
import { modelVersions } from '@/drizzle/schema';
import { type CacheDriver, getCache } from '@/lib/cache';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { metrics } from '@/lib/metrics';
import { checkArtifact } from './artifact-check';

const RESYNC_MS = 30_000;

export interface LoadedModel {
  id: number;
  name: string;
  version: number;
  kind: string;
  task: string;
  leagueId: number | null;
  isDefault: boolean;
  features: string[];
  sha256: string;
  /** What the kind's `build` made of the artifact. */
  model: unknown;
}

const channel = () => `${env().CACHE_PREFIX}:models`;

/**
 * Rings every replica after a change; this process's replica for `db` re-reads before this returns,
 * so whoever made the change is answered with it at once (the ring reaches the others within a round trip).
 */
export async function announceModelChange(db: Db, cache: CacheDriver = getCache()): Promise<void> {
  await cache.publish(channel(), '1').catch((err) => logger().warn({ err }, 'model change not announced'));
  const local = replicas.get(db);
  if (local) await (await local).sync();
}

export class ModelReplica {
  private models = new Map<number, LoadedModel>();
  private running: Promise<void> | null = null;
  private rerun = false;
  private syncedAt = 0;
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(
    private readonly db: Db,
    private readonly cache: CacheDriver = getCache(),
  ) {}

  async start(): Promise<this> {
    this.unsubscribe = await this.cache.subscribe(channel(), () => void this.sync());
    await this.sync();
    return this;
  }

  async stop(): Promise<void> {
    await this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Re-reads the rows; rings during a read make one more read after it, never two at once. */
  sync(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.rerun = false;
        await this.readOnce().catch((err) => logger().error({ err }, 'loaded models not re-read'));
      } while (this.rerun);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async readOnce(): Promise<void> {
    const rows = await this.db.select().from(modelVersions).where(eq(modelVersions.loaded, true));
    const next = new Map<number, LoadedModel>();
    for (const row of rows) {
      const have = this.models.get(row.id);
      if (have && have.sha256 === row.artifactSha256) {
        next.set(row.id, { ...have, isDefault: row.isDefault });
        continue;
      }
      const started = performance.now();
      const check = checkArtifact(row);
      metrics().modelLoadDuration.observe({ kind: row.kind }, (performance.now() - started) / 1000);
      if (!check.ok) {
        logger().error({ model: `${row.name}@${row.version}`, reason: check.reason }, 'model not loaded');
        continue;
      }
      next.set(row.id, {
        id: row.id,
        name: row.name,
        version: row.version,
        kind: row.kind,
        task: row.task,
        leagueId: row.leagueId,
        isDefault: row.isDefault,
        features: row.features,
        sha256: row.artifactSha256,
        model: check.model,
      });
    }
    this.models = next;
    this.syncedAt = Date.now();
    const byTask = new Map<string, number>();
    for (const m of next.values()) byTask.set(m.task, (byTask.get(m.task) ?? 0) + 1);
    const gauge = metrics().loadedModels;
    gauge.reset();
    for (const [task, n] of byTask) gauge.set({ task }, n);
  }

  private fresh(): void {
    if (Date.now() - this.syncedAt > RESYNC_MS) void this.sync();
  }

  list(): LoadedModel[] {
    this.fresh();
    return [...this.models.values()];
  }

  find(name: string, version: number): LoadedModel | undefined {
    return this.list().find((m) => m.name === name && m.version === version);
  }

  defaultFor(task: string, leagueId: number | null): LoadedModel | undefined {
    return this.list().find((m) => m.task === task && m.leagueId === leagueId && m.isDefault);
  }
}

const replicas = new WeakMap<Db, Promise<ModelReplica>>();

/** This process's replica for `db`, started (subscribed and read) on first use. */
export function modelReplica(db: Db): Promise<ModelReplica> {
  let replica = replicas.get(db);
  if (!replica) {
    replica = new ModelReplica(db).start();
    replica.catch(() => replicas.delete(db));
    replicas.set(db, replica);
  }
  return replica;
}
