// Champion and challenger: after an import changes a league's results, the line of its default game
// model is retrained (the challenger) and replaces the champion (alias and default) only if it beats
// it on the walk-forward scoreboard (champion-decision.ts). The decision and both scores are
// recorded twice, for two readers: in the challenger's metrics (`champion_challenger`, shown with the
// version by GET /api/v1/predictions/models/{name}/{version}) and as a `model.champion` row in the
// audit log (who/when beside every other registry change, on /admin/audit).
import { and, eq, sql } from 'drizzle-orm';
import { modelAliases, modelVersions } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit';
import { type Db, rowsOf } from '@/lib/db/client';
import { loadVersion, setAlias, unloadVersion } from '@/lib/models/registry';
import type { GameModelKind } from './artifact';
import { type ChampionDecision, decideChampion, type Scored, type SeasonScore } from './champion-decision';
import { GAME_TASK } from './model-kinds';
import { type TrainProgress, trainAndRegisterGameModel } from './register';

type VersionRow = typeof modelVersions.$inferSelect;

function scoredOf(row: VersionRow): Scored {
  const wf = (row.metrics as { walk_forward?: { seasons?: SeasonScore[] } }).walk_forward;
  return { version: row.version, games: Number((row.training as { games?: number }).games ?? 0), seasons: wf?.seasons ?? [] };
}

/** The champion of the league's default line: its `champion` alias, else (the first time) the default itself. */
async function currentChampion(db: Db, leagueId: number): Promise<{ row: VersionRow; aliased: boolean } | null> {
  const [byDefault] = await db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.task, GAME_TASK), eq(modelVersions.leagueId, leagueId), eq(modelVersions.isDefault, true)));
  if (!byDefault) return null;
  const [aliased] = await db
    .select({ version: modelVersions })
    .from(modelAliases)
    .innerJoin(modelVersions, eq(modelVersions.id, modelAliases.versionId))
    .where(and(eq(modelAliases.name, byDefault.name), eq(modelAliases.alias, 'champion')));
  return aliased ? { row: aliased.version, aliased: true } : { row: byDefault, aliased: false };
}

export interface RetrainResult {
  name: string;
  decision: ChampionDecision;
}

// One retraining per league at a time in this process, and imports that finish while one waits
// share it (fifteen files imported in a row retrain once after the first, once after the rest).
const running = new Map<number, Promise<unknown>>();
const waiting = new Map<number, Promise<RetrainResult | null>>();

/**
 * Retrains the league's default game model as a challenger and promotes it if it wins. Null when the
 * league has no default game model (nothing to defend: Elo answers on demand, elo-on-demand.ts).
 */
export function retrainChampion(
  db: Db,
  leagueId: number,
  opts: { importJobId?: string; onProgress?: (p: TrainProgress) => void } = {},
): Promise<RetrainResult | null> {
  const queued = waiting.get(leagueId);
  if (queued) return queued;
  const before = running.get(leagueId) ?? Promise.resolve();
  const run = before
    .catch(() => {})
    .then(() => {
      waiting.delete(leagueId);
      return retrain(db, leagueId, opts);
    });
  waiting.set(leagueId, run);
  running.set(leagueId, run);
  void run
    .catch(() => {})
    .finally(() => {
      if (running.get(leagueId) === run) running.delete(leagueId);
    });
  return run;
}

/** The champion's tested seasons and every later one (at most MAX_TESTED): the two scoreboards share seasons. */
async function seasonsToTest(db: Db, leagueId: number, champion: Scored): Promise<number> {
  const first = Math.min(...champion.seasons.map((s) => s.season));
  const rows = rowsOf<{ season: number }>(
    await db.execute(sql`select distinct season from bb_games
      where league_id = ${leagueId} and status = 'final' and not postseason order by season`),
  ).map((r) => Number(r.season));
  const later = Number.isFinite(first) ? rows.filter((s) => s >= first).length : 0;
  return Math.min(MAX_TESTED, Math.max(champion.seasons.length, later, 1));
}
const MAX_TESTED = 5;

async function retrain(
  db: Db,
  leagueId: number,
  opts: { importJobId?: string; onProgress?: (p: TrainProgress) => void },
): Promise<RetrainResult | null> {
  const current = await currentChampion(db, leagueId);
  if (!current) return null;
  const champion = current.row;
  const challenger = await trainAndRegisterGameModel(db, null, {
    leagueId,
    kind: champion.kind as GameModelKind,
    backtestSeasons: await seasonsToTest(db, leagueId, scoredOf(champion)),
    onProgress: opts.onProgress,
  });
  await setAlias(db, null, challenger.name, challenger.version, 'challenger');
  const decision = decideChampion(scoredOf(champion), scoredOf(challenger));
  const record = { ...decision, import_job: opts.importJobId ?? null, decided_at: new Date().toISOString() };
  await db.transaction(async (tx) => {
    await tx
      .update(modelVersions)
      .set({ metrics: sql`${modelVersions.metrics} || ${JSON.stringify({ champion_challenger: record })}::jsonb` })
      .where(eq(modelVersions.id, challenger.id));
    await recordAudit(tx, {
      actorId: null,
      action: 'model.champion',
      targetType: 'model_version',
      targetId: `${challenger.name}@${challenger.version}`,
      details: { ...record, champion_version: `${champion.name}@${champion.version}` },
    });
  });
  if (decision.promoted) {
    await loadVersion(db, null, challenger.name, challenger.version, true);
    await setAlias(db, null, challenger.name, challenger.version, 'champion');
    // The defeated champion stops taking memory on every replica; it stays in the registry.
    if (champion.name === challenger.name) await unloadVersion(db, null, champion.name, champion.version);
  } else if (!current.aliased) {
    // The first retrain of a line names its champion: the default that just defended.
    await setAlias(db, null, champion.name, champion.version, 'champion');
  }
  return { name: challenger.name, decision };
}
