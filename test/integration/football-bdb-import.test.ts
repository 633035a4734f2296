// Real data: the NFL Big Data Bowl 2017 weeks 1-4 imported, then checked against the files themselves,
// read here with no code of the importer's: final scores, passes, runs and sacks per team.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fbGames, fbPlays, fbTeams } from '../../drizzle/schema';
import { importBigDataBowl } from '../../lib/football/import/run';
import { createTestDatabase, type TestDatabase } from '../support/db';

const dir = path.join('lib', 'demo', 'data', 'football', 'big-data-bowl-2017');
const files = {
  games: readFileSync(path.join(dir, 'games.csv'), 'utf8'),
  players: readFileSync(path.join(dir, 'players.csv'), 'utf8'),
  plays: gunzipSync(readFileSync(path.join(dir, 'plays-weeks-1-4.csv.gz'))).toString('utf8'),
};
type Row = Record<string, string>;
const games = parse(files.games, { columns: true }) as Row[];
const plays = parse(files.plays, { columns: true }) as Row[];

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

async function rowCounts() {
  const db = database.db;
  const [g] = await db.select({ n: count() }).from(fbGames);
  const [p] = await db.select({ n: count() }).from(fbPlays);
  const [t] = await db.select({ n: count() }).from(fbTeams);
  return { games: g?.n, plays: p?.n, teams: t?.n };
}

describe('Big Data Bowl 2017 import', () => {
  it('imports every game and every play of weeks 1-4, into the 2017 partition', async () => {
    const summary = await importBigDataBowl(database.db, files);
    expect(summary.rejections).toEqual([]);
    expect(summary.warnings).toEqual([]);
    expect(summary.games).toEqual({ inserted: games.length, updated: 0, unchanged: 0 });
    expect(summary.plays).toBe(plays.length);
    expect(summary.players).toBe(1713);
    const parts = await database.db.select({ part: sql<string>`tableoid::regclass::text` }).from(fbPlays).groupBy(sql`tableoid`);
    expect(parts).toEqual([{ part: 'fb_plays_2017' }]);
  });

  it("gives each game the final score of its last play, equal to games.csv's", async () => {
    const lastPlay = new Map<string, Row>();
    for (const p of plays) {
      const seen = lastPlay.get(p.gameId as string);
      if (!seen || Number(p.playId) > Number(seen.playId)) lastPlay.set(p.gameId as string, p);
    }
    expect(lastPlay.size).toBe(63);
    const rows = await database.db
      .select({
        sourceId: fbGames.sourceId,
        home: fbGames.homeScore,
        visitor: fbGames.visitorScore,
        fromPlays: sql<string>`(select p.home_score_after || '-' || p.visitor_score_after from fb_plays p
          where p.season = ${fbGames.season} and p.game_id = ${fbGames.id} order by p.play_id desc limit 1)`,
      })
      .from(fbGames);
    const file = new Map(games.map((g) => [g.gameId, `${g.HomeScore}-${g.VisitorScore}`]));
    for (const r of rows) {
      expect(`${r.home}-${r.visitor}`).toBe(file.get(r.sourceId));
      const last = lastPlay.get(r.sourceId);
      if (last) expect(r.fromPlays).toBe(`${last.HomeScoreAfterPlay}-${last.VisitorScoreAfterPlay}`);
      else expect(r.fromPlays).toBeNull();
    }
  });

  it('counts passes, runs and sacks per team as the file does', async () => {
    const expected = new Map<string, { pass: number; run: number; sack: number }>();
    for (const p of plays) {
      if (p.isSTPlay === 'TRUE') continue;
      const desc = p.playDescription ?? '';
      const team = expected.get(p.possessionTeam as string) ?? { pass: 0, run: 0, sack: 0 };
      expected.set(p.possessionTeam as string, team);
      if (['C', 'I', 'IN', 'S'].includes(p.PassResult as string)) team.pass++;
      else if (
        p.PassResult === 'R' ||
        !((p.isPenalty === 'TRUE' && /No Play/i.test(desc)) || /\bkneels\b|\bspiked\b|TWO-POINT CONVERSION/i.test(desc))
      )
        team.run++;
      if (p.PassResult === 'S') team.sack++;
    }
    const rows = await database.db
      .select({
        team: fbTeams.abbreviation,
        pass: sql<number>`count(*) filter (where ${fbPlays.playType} = 'pass')::int`,
        run: sql<number>`count(*) filter (where ${fbPlays.playType} = 'run')::int`,
        sack: sql<number>`count(*) filter (where ${fbPlays.passResult} = 'sack')::int`,
      })
      .from(fbPlays)
      .innerJoin(fbTeams, eq(fbTeams.id, fbPlays.offenseTeamId))
      .groupBy(fbTeams.abbreviation);
    expect(rows).toHaveLength(expected.size);
    for (const r of rows)
      expect({ team: r.team, pass: r.pass, run: r.run, sack: r.sack }).toEqual({ team: r.team, ...expected.get(r.team) });
    expect(rows.reduce((s, r) => s + r.sack, 0)).toBe(plays.filter((p) => p.PassResult === 'S').length);
  });

  it('changes nothing when the same files come again', async () => {
    const before = await rowCounts();
    const again = await importBigDataBowl(database.db, files);
    expect(again.games).toEqual({ inserted: 0, updated: 0, unchanged: games.length });
    expect(again.plays).toBe(0);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('a file with broken rows', () => {
  const [header, ...lines] = files.plays.split('\n');
  const gameOfLine = (l: string) => l.slice(0, l.indexOf(','));

  it('imports the good games and reports each bad row with its number; a game with a bad play is refused whole', async () => {
    const fresh = await createTestDatabase();
    try {
      // Two games of week 1, one of which gets a play in quarter 9 (line 5 of the file).
      const ids = [...new Set(lines.map(gameOfLine))].slice(0, 2);
      const kept = lines.filter((l) => ids.includes(gameOfLine(l)));
      const broken = [...kept];
      broken[3] = (broken[3] as string).replace(/^(\d+,\d+,)\d,/, '$19,');
      const gameRows = files.games.split('\n');
      const badGames = [
        ...gameRows.slice(0, 1),
        ...gameRows.slice(1).filter((l) => ids.some((id) => l.includes(id))),
        '2017,1,13/45/2017,2017099999,13:00:00,1,2,DET,ARI,x,y,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA',
      ];
      const summary = await importBigDataBowl(fresh.db, { games: badGames.join('\n'), plays: [header, ...broken].join('\n') });
      expect(summary.rejections).toEqual([
        { file: 'games', row: 4, reason: expect.stringContaining('gameDate "13/45/2017"') },
        { file: 'plays', row: 5, reason: expect.stringMatching(/quarter "9"/) },
      ]);
      expect(summary.games.inserted).toBe(1);
      const [{ n } = { n: 0 }] = await fresh.db.select({ n: count() }).from(fbPlays);
      expect(n).toBe(kept.filter((l) => gameOfLine(l) !== gameOfLine(broken[3] as string)).length);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a game whose score goes backwards, with the reason, and keeps the others', async () => {
    const fresh = await createTestDatabase();
    try {
      const id = gameOfLine(lines[0] as string);
      const mine = lines.filter((l) => gameOfLine(l) === id);
      // A play whose visitor score drops from 7 before the snap to 0 after it.
      const at = mine.findIndex((l) => /,0,0,0,0,(FALSE|TRUE),/.test(l));
      mine[at] = (mine[at] as string).replace(/,0,0,0,0,(FALSE|TRUE),/, ',0,7,0,0,$1,');
      const summary = await importBigDataBowl(fresh.db, { games: files.games, plays: [header, ...mine].join('\n') });
      expect(summary.rejections).toEqual([
        { file: 'plays', row: at + 2, reason: expect.stringContaining('the score goes backwards (0-7 before, 0-0 after)') },
      ]);
      expect(summary.games.inserted).toBe(games.length - 1);
      const [{ n } = { n: 0 }] = await fresh.db.select({ n: count() }).from(fbPlays);
      expect(n).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
