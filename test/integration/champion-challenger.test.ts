// Champion and challenger after imports: a results import retrains the league's default game model in
// the background; the challenger becomes champion (alias and default) only if it wins on the shared
// walk-forward seasons, and the decision with both scores is in its metrics and the audit log. Small
// data: three seasons of results only (no box scores), logistic regression.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, modelAliases, modelVersions } from '../../drizzle/schema';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { backgroundImportsSettled } from '../../lib/imports/background';
import { loadVersion } from '../../lib/models/registry';
import type { ChampionDecision } from '../../lib/predictions/games/champion-decision';
import { trainAndRegisterGameModel } from '../../lib/predictions/games/register';
import { registerChampionRetrain } from '../../lib/predictions/games/retrain-after-import';
import { demoDir, readCsv } from '../support/basketball-csv';
import { createTestDatabase, type TestDatabase } from '../support/db';

const fixture = path.join(process.cwd(), 'test', 'fixtures', 'basketball', 'results-2018-19.csv');

/** A team game log as a results-only CSV; `flip` swaps every score (results that teach the wrong thing). */
function resultsOf(logFile: string, flip = false): Buffer {
  const games = new Map<string, Record<string, string>[]>();
  for (const r of readCsv(path.join(demoDir, logFile))) games.set(r.GAME_ID ?? '', [...(games.get(r.GAME_ID ?? '') ?? []), r]);
  const lines = ['date,season,home_team,visitor_team,home_team_score,visitor_team_score'];
  for (const rows of games.values()) {
    const home = rows.find((r) => r.MATCHUP?.includes(' vs. '));
    const away = rows.find((r) => r.MATCHUP?.includes(' @ '));
    if (!home || !away || !home.PTS || !away.PTS) continue;
    const [h, a] = flip ? [away.PTS, home.PTS] : [home.PTS, away.PTS];
    lines.push([home.GAME_DATE, String(home.SEASON_ID).slice(1), home.TEAM_NAME, away.TEAM_NAME, h, a].join(','));
  }
  return Buffer.from(lines.join('\n'));
}

let database: TestDatabase;
let leagueId: number;
let unregister: () => void;
const importFile = (source: string, file: Buffer) => importBasketball(database, { source, input: Readable.from([file]) });

const line = (name: string) =>
  database.db.select().from(modelVersions).where(eq(modelVersions.name, name)).orderBy(modelVersions.version);
async function aliasOf(name: string, alias: string) {
  const [row] = await database.db
    .select({ version: modelVersions.version })
    .from(modelAliases)
    .innerJoin(modelVersions, eq(modelVersions.id, modelAliases.versionId))
    .where(and(eq(modelAliases.name, name), eq(modelAliases.alias, alias)));
  return row?.version;
}
const decisionOf = (row: { metrics: Record<string, unknown> }) => row.metrics.champion_challenger as ChampionDecision;

let name: string;
beforeAll(async () => {
  database = await createTestDatabase();
  expect((await importFile('r-2017.csv', resultsOf('log-2017.csv'))).rejected).toBe(0);
  expect((await importFile('r-2018.csv', resultsOf('log-2018.csv'))).rejected).toBe(0);
  leagueId = await importLeagueId(database.db);
  // The champion: trained on 2016-17 and 2017-18, scored walk-forward on 2017-18.
  const v1 = await trainAndRegisterGameModel(database.db, null, { leagueId, kind: 'logistic', backtestSeasons: 1 });
  await loadVersion(database.db, null, v1.name, v1.version, true);
  name = v1.name;
  unregister = registerChampionRetrain();
}, 120_000);
afterAll(async () => {
  unregister?.();
  await backgroundImportsSettled();
  await database?.close();
});

describe('champion and challenger after an import', () => {
  it('a new season of results: the challenger ties on the shared season and, knowing more games, becomes champion', async () => {
    const summary = await importFile('results-2018-19.csv', readFileSync(fixture));
    expect(summary.inserted).toBe(1230);
    await backgroundImportsSettled();
    const versions = await line(name);
    expect(versions.map((v) => [v.version, v.loaded, v.isDefault])).toEqual([
      [1, false, false],
      [2, true, true],
    ]);
    expect(await aliasOf(name, 'champion')).toBe(2);
    expect(await aliasOf(name, 'challenger')).toBe(2);
    const decision = decisionOf(versions[1] as { metrics: Record<string, unknown> });
    expect(decision).toMatchObject({ promoted: true, seasons: [2017] });
    expect(decision.champion).toMatchObject({ version: 1, games: 2460, n: 1230 });
    expect(decision.challenger).toMatchObject({ version: 2, games: 3690, n: 1230 });
    expect(decision.challenger.brier).toBeCloseTo(decision.champion.brier, 9);
    expect(decision.reason).toMatch(/same Brier on 2017 .*1230 more games/);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'model.champion'));
    expect(audit?.targetId).toBe(`${name}@2`);
    expect(audit?.details).toMatchObject({ promoted: true, champion_version: `${name}@1`, import_job: summary.jobId });
  }, 120_000);

  it('an import that teaches the wrong thing: the challenger scores worse and the champion stays', async () => {
    // 2015-16 with every result the wrong way round: both tested seasons now learn from it.
    expect((await importFile('flipped-2016.csv', resultsOf('log-2016.csv', true))).inserted).toBe(1230);
    await backgroundImportsSettled();
    const versions = await line(name);
    expect(versions.map((v) => [v.version, v.loaded, v.isDefault])).toEqual([
      [1, false, false],
      [2, true, true],
      [3, false, false],
    ]);
    expect(await aliasOf(name, 'champion')).toBe(2);
    expect(await aliasOf(name, 'challenger')).toBe(3);
    const decision = decisionOf(versions[2] as { metrics: Record<string, unknown> });
    expect(decision).toMatchObject({ promoted: false, seasons: [2017, 2018] });
    expect(decision.challenger.brier).toBeGreaterThan(decision.champion.brier);
    expect(decision.reason).toMatch(/^no better on 2017, 2018/);
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.action, 'model.champion'));
    expect(audits.map((a) => (a.details as { promoted: boolean }).promoted).sort()).toEqual([false, true]);
  }, 120_000);

  it('an import that changes nothing retrains nothing', async () => {
    expect((await importFile('results-2018-19.csv', readFileSync(fixture))).inserted).toBe(0);
    await backgroundImportsSettled();
    expect(await line(name)).toHaveLength(3);
  });
});
