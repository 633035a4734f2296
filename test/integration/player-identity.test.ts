// One person, one player: two files spelling one player differently ("Alperen Sengun" and
// "Alperen Şengün", "Michael Porter" and "Michael Porter Jr.", as real sources do) give one player
// whose averages cover every game; a spelling that fits two players is reported, never guessed.
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, bbPlayerAliases, bbPlayerLines, bbPlayers, bbRosters, bbTeams, importRejections } from '../../drizzle/schema';
import { cachedPlayerAverages } from '../../lib/basketball/cached-stats';
import { importBasketball } from '../../lib/basketball/import/run';
import { identityKey, identityKeySql } from '../../lib/basketball/name-fold';
import { getPlayerAverages } from '../../lib/basketball/stats-queries';
import { rowsOf } from '../../lib/db/client';
import { startTestApp, type TestApp } from '../support/app';
import { playerLogFile, readCsv } from '../support/basketball-csv';
import { type Caller, call, makeCallers } from '../support/callers';
import { liveRoutes } from '../support/live-routes';

let app: TestApp;
const all = readCsv(playerLogFile);
const header = Object.keys(all[0] ?? {});
const toCsv = (rows: Record<string, string>[]) =>
  [header.join(','), ...rows.map((r) => header.map((h) => r[h] ?? '').join(','))].join('\n');
const load = (name: string, rows: Record<string, string>[]) =>
  importBasketball(app.database, { source: name, input: Readable.from([Buffer.from(toCsv(rows))]) });

const gamesOf = (player: string) => all.filter((r) => r.Player === player);
const halves = (player: string, renamed: string) => {
  const games = gamesOf(player);
  const cut = Math.floor(games.length / 2);
  return [games.slice(0, cut), games.slice(cut).map((r) => ({ ...r, Player: renamed }))] as const;
};

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function playersNamedLike(pattern: string) {
  return app.database.db.select().from(bbPlayers).where(sql`${bbPlayers.name} ilike ${pattern}`);
}

describe('the identity key', () => {
  it('is the same in SQL as in JavaScript for every name of the real file, and for hand-picked hard ones', async () => {
    const names = [...new Set(all.map((r) => r.Player ?? ''))];
    names.push(
      'Alperen Şengün',
      'Kelly Oubre, Jr.',
      "De'Aaron Fox",
      'Shai Gilgeous-Alexander',
      'Ersan İlyasova',
      'Ömer Yurtseven',
    );
    const values = sql.join(
      names.map((n) => sql`(${n}::text)`),
      sql`, `,
    );
    const got = rowsOf<{ name: string; key: string }>(
      await app.database.db.execute(sql`select name, ${identityKeySql(sql`name`)} as key from (values ${values}) v(name)`),
    );
    const mismatches = got
      .filter((r) => r.key !== identityKey(r.name))
      .map((r) => `${r.name}: ${r.key} ≠ ${identityKey(r.name)}`);
    expect(mismatches).toEqual([]);
    expect(got.length).toBeGreaterThan(400);
  });
});

describe('matching players across files', () => {
  it('joins spellings that differ in accents or a generational suffix, keeps them as aliases, and averages every game', async () => {
    const [sengunA, sengunB] = halves('Alperen Sengun', 'Alperen Şengün');
    const [porterA, porterB] = halves('Michael Porter', 'Michael Porter Jr.');
    await load('first.csv', [...sengunA, ...porterA]);
    await load('second.csv', [...sengunB, ...porterB]);

    for (const [pattern, player, spellings] of [
      ['alperen%', 'Alperen Sengun', ['Alperen Sengun', 'Alperen Şengün']],
      ['michael porter%', 'Michael Porter', ['Michael Porter', 'Michael Porter Jr.']],
    ] as const) {
      const found = await playersNamedLike(pattern);
      expect(found.map((p) => p.name)).toEqual([player]);
      const id = found[0]?.id ?? 0;
      const aliases = await app.database.db.select().from(bbPlayerAliases).where(eq(bbPlayerAliases.playerId, id));
      expect(new Set([found[0]?.name, ...aliases.map((a) => a.name)])).toEqual(new Set(spellings));
      const lines = await app.database.db.select().from(bbPlayerLines).where(eq(bbPlayerLines.playerId, id));
      const games = gamesOf(player);
      expect(lines).toHaveLength(games.length);
      const [avg] = await getPlayerAverages(app.database.db, { seasons: [2024], playerIds: [id] });
      const pts = games.reduce((s, r) => s + Number(r.PTS), 0);
      expect(avg?.all.totals.pts).toBe(pts);
      expect(avg?.all.games_played).toBe(games.length);
    }
  });

  it('re-importing the second spelling changes nothing', async () => {
    const [, sengunB] = halves('Alperen Sengun', 'Alperen Şengün');
    await load('second-again.csv', sengunB);
    expect((await playersNamedLike('alperen%')).length).toBe(1);
  });

  it('reports a spelling that fits two players of one team and season, and writes nothing for it', async () => {
    await load('memphis.csv', gamesOf('Ja Morant').slice(0, 1));
    const [mem] = await app.database.db.select().from(bbTeams).where(eq(bbTeams.abbreviation, 'MEM'));
    const twins = await app.database.db
      .insert(bbPlayers)
      .values([{ name: 'Jaylen Wells' }, { name: 'Jaylen Wells Jr.' }])
      .returning();
    await app.database.db.insert(bbRosters).values(twins.map((p) => ({ playerId: p.id, teamId: mem?.id ?? 0, season: 2024 })));
    const rows = gamesOf('Jaylen Wells')
      .slice(0, 3)
      .map((r) => ({ ...r, Player: 'JAYLEN WELLS' }));
    expect(rows.length).toBe(3);
    const summary = await load('ambiguous.csv', rows);
    expect(summary.rejected).toBe(3);
    const reasons = rowsOf<{ reason: string }>(
      await app.database.db.execute(
        sql`select reason from ${importRejections} where job_id = ${summary.jobId} order by row_number`,
      ),
    ).map((r) => r.reason);
    expect(reasons[0]).toMatch(
      /^row 2, PLAYER: 'JAYLEN WELLS' matches 2 players of this team and season \(#\d+ Jaylen Wells, #\d+ Jaylen Wells Jr\.\)/,
    );
    for (const p of twins) {
      expect(await app.database.db.select().from(bbPlayerLines).where(eq(bbPlayerLines.playerId, p.id))).toEqual([]);
    }
  });
});

describe('an admin merges two players and splits a wrong merge', () => {
  let admin: Caller;
  let coach: Caller;
  const post = async (
    route: 'POST /api/v1/basketball/players/{id}/merge' | 'POST /api/v1/basketball/player-merges/{id}/split',
    caller: Caller,
    id: number,
    body?: unknown,
  ) => {
    const res = await call(liveRoutes[route], {
      method: 'POST',
      path: route.replace('POST ', '').replace('{id}', String(id)),
      headers: caller.headers,
      body,
      params: { id: String(id) },
    });
    // biome-ignore lint/suspicious/noExplicitAny: checked field by field
    return { status: res.status, json: (await res.json()) as any };
  };
  beforeAll(async () => {
    const callers = await makeCallers(app.database.db);
    admin = callers.sessions.admin;
    coach = callers.sessions.coach;
  });

  it('"Nic Claxton" and "Nicolas Claxton" stay two players until an admin merges them; averages follow; a split restores both', async () => {
    const [a, b] = halves('Nic Claxton', 'Nicolas Claxton');
    await load('claxton-a.csv', a);
    await load('claxton-b.csv', b);
    const [nic] = await playersNamedLike('nic claxton');
    const [nicolas] = await playersNamedLike('nicolas claxton');
    expect(nic && nicolas).toBeTruthy();
    const games = gamesOf('Nic Claxton');
    const ptsOf = async (id: number) => (await cachedPlayerAverages({ seasons: [2024], playerIds: [id] }))[0]?.all;
    expect((await ptsOf(nic?.id ?? 0))?.games_played).toBe(a.length);

    expect(
      (await post('POST /api/v1/basketball/players/{id}/merge', coach, nic?.id ?? 0, { player_id: nicolas?.id })).status,
    ).toBe(403);
    const merged = await post('POST /api/v1/basketball/players/{id}/merge', admin, nic?.id ?? 0, { player_id: nicolas?.id });
    expect(merged.status).toBe(200);
    expect(merged.json.data).toMatchObject({
      player: { id: nic?.id, name: 'Nic Claxton' },
      lines_moved: b.length,
      lines_set_aside: 0,
    });
    // The cached averages moved with the lines: every game, one player.
    const after = await ptsOf(nic?.id ?? 0);
    expect(after?.games_played).toBe(games.length);
    expect(after?.totals.pts).toBe(games.reduce((s, r) => s + Number(r.PTS), 0));
    expect(await playersNamedLike('nicolas claxton')).toEqual([]);
    // The other spelling is an alias now: a later file with it lands on the kept player.
    await load('claxton-b-again.csv', b);
    expect(
      (
        await app.database.db
          .select()
          .from(bbPlayerLines)
          .where(eq(bbPlayerLines.playerId, nic?.id ?? 0))
      ).length,
    ).toBe(games.length);

    const split = await post('POST /api/v1/basketball/player-merges/{id}/split', admin, merged.json.data.merge_id);
    expect(split.status).toBe(200);
    expect(split.json.data.player).toEqual({ id: nicolas?.id, name: 'Nicolas Claxton' });
    expect((await ptsOf(nic?.id ?? 0))?.games_played).toBe(a.length);
    expect((await ptsOf(nicolas?.id ?? 0))?.games_played).toBe(b.length);
    expect((await post('POST /api/v1/basketball/player-merges/{id}/split', admin, merged.json.data.merge_id)).status).toBe(409);
    const audited = await app.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(nic?.id)));
    expect(audited.map((r) => r.action).sort()).toEqual(['basketball-player.merge', 'basketball-player.split']);
  });

  it('refuses to merge a player into itself or a missing one, with a clear error', async () => {
    const [nic] = await playersNamedLike('nic claxton');
    expect((await post('POST /api/v1/basketball/players/{id}/merge', admin, nic?.id ?? 0, { player_id: nic?.id })).status).toBe(
      422,
    );
    expect(
      (await post('POST /api/v1/basketball/players/{id}/merge', admin, nic?.id ?? 0, { player_id: 99_999_999 })).status,
    ).toBe(404);
  });
});
