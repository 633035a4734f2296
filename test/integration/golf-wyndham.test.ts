// Real data: the 2024 Wyndham Championship replayed through the golf API. Sedgefield's card is built
// from the par per hole of the hole-by-hole file (the venue is in no course file we have, so its tee
// is unrated), every player-round is entered hole by hole in groups of up to four, and the results
// are checked against the source rows read here independently of the code under test.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../lib/auth/api-keys';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser } from '../support/callers';
import { golf } from '../support/golf-api';
import { golfRoutes } from '../support/golf-routes';
import { parsePgaHoleByHole } from '../support/pga-hole-by-hole';
import { strokesByRow, sum } from '../support/pga-rows';
import { pool } from '../support/pool';
import { fieldShare, replaysAll } from '../support/replay-share';

const file = 'test/fixtures/golf/Wyndham_Championship_2024.csv';
const text = readFileSync(file, 'utf8');

// player → round → strokes on holes 1-18, straight from the rows (on the embedded pass, a quarter
// of the field and the winner: the expectations below are computed from whatever field is replayed).
const source = fieldShare(strokesByRow(text), ['Aaron Rai']);
const playerRounds = sum([...source.values()].map((rounds) => rounds.size));
const fourRounds = [...source.values()].filter((rounds) => rounds.size === 4).length;

let app: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  // An admin's write key scores groups it does not play in (caller_plays: false).
  const admin = await makeUser(app.database.db, 'admin');
  headers = { authorization: `Bearer ${(await createApiKey(app.database.db, admin.id, 'wyndham', 'write')).key}` };
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

describe('2024 Wyndham Championship replayed through the API', () => {
  // player → tournament round → the Statline round it was entered in, and the player's position there.
  const entered = new Map<string, Map<number, { roundId: string; position: number }>>();

  it('builds Sedgefield from the par per hole and replays every player-round, hole by hole', async () => {
    const { par, start_date } = parsePgaHoleByHole(text);
    expect(sum(par)).toBe(70);
    const created = await call(golfRoutes['POST /api/v1/golf/courses'], {
      method: 'POST',
      path: '/api/v1/golf/courses',
      headers,
      body: {
        name: 'Sedgefield Country Club',
        location: { city: 'Greensboro', state: 'NC' },
        holes: 18,
        tees: [{ name: 'Tournament', par }],
      },
    });
    expect(created.status).toBe(201);
    const course = (await created.json()).data;
    expect(course.tees[0]).toMatchObject({ par, total_par: 70, ratings: { men: null, women: null }, stroke_index: null });

    const started = performance.now();
    for (const round of [1, 2, 3, 4]) {
      // The field of the round in file order, in groups of up to four.
      const field = [...source].filter(([, rounds]) => rounds.has(round)).map(([name]) => name);
      const groups: string[][] = [];
      for (let i = 0; i < field.length; i += 4) groups.push(field.slice(i, i + 4));
      const date = new Date(Date.parse(start_date) + (round - 1) * 86_400_000).toISOString().slice(0, 10);
      const roundIds = await pool(
        8,
        groups.map((group) => async () => {
          const res = await golf.startRound(headers, {
            course_id: course.id,
            tee_id: course.tees[0].id,
            date,
            caller_plays: false,
            guests: group.map((name) => ({ name })),
          });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          return res.body.data.id as string;
        }),
      );
      const cards = groups.flatMap((group, g) =>
        group.map((name, i) => {
          const byRound = entered.get(name) ?? new Map();
          entered.set(name, byRound);
          byRound.set(round, { roundId: roundIds[g] as string, position: i + 1 });
          return { roundId: roundIds[g] as string, position: i + 1, strokes: source.get(name)?.get(round) ?? [] };
        }),
      );
      await pool(
        24,
        cards.map((c) => async () => {
          for (const [i, strokes] of c.strokes.entries()) {
            const res = await golf.score(headers, c.roundId, i + 1, { position: c.position, strokes });
            if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
          }
        }),
      );
      await pool(
        8,
        roundIds.map((id) => async () => expect((await golf.finish(headers, id)).status).toBe(200)),
      );
    }
    const holes = sum([...source.values()].map((rounds) => sum([...rounds.values()].map((h) => h.length))));
    console.info(`replayed ${holes} holes in ${Math.round(performance.now() - started)} ms`);
    expect(holes).toBe(replaysAll() ? 7848 : sum([...source.values()].map((r) => 18 * r.size)));
  }, 600_000);

  it("gives every player-round the gross of its source holes, and the winner's 65-65-68-64", async () => {
    const views = new Map<string, Awaited<ReturnType<typeof golf.round>>['body']['data']>();
    const ids = [...new Set([...entered.values()].flatMap((m) => [...m.values()].map((e) => e.roundId)))];
    await pool(
      8,
      ids.map((id) => async () => views.set(id, (await golf.round(id)).body.data)),
    );
    let checked = 0;
    for (const [name, rounds] of source) {
      for (const [round, strokes] of rounds) {
        const at = entered.get(name)?.get(round);
        const player = views.get(at?.roundId ?? '')?.players.find((p: { position: number }) => p.position === at?.position);
        expect({ name, round, gross: player?.summary?.gross, holes: player?.summary?.holes_played }).toEqual({
          name,
          round,
          gross: sum(strokes),
          holes: 18,
        });
        expect(player.name).toBe(name);
        expect(player.posting).toBeNull(); // guests are never posted (and the tee is unrated)
        checked++;
      }
    }
    expect(checked).toBe(replaysAll() ? 436 : playerRounds);
    const rai = [1, 2, 3, 4].map((r) => {
      const at = entered.get('Aaron Rai')?.get(r);
      return views.get(at?.roundId ?? '')?.players.find((p: { position: number }) => p.position === at?.position)?.summary.gross;
    });
    expect(rai).toEqual([65, 65, 68, 64]);

    // The leaderboard after round 4: four-round totals from the API, in the order of the source's totals.
    const totals = [...entered]
      .filter(([, rounds]) => rounds.size === 4)
      .map(([name, rounds]) => ({
        name,
        total: sum(
          [...rounds.values()].map(
            (at) => views.get(at.roundId)?.players.find((p: { position: number }) => p.position === at.position)?.summary.gross,
          ),
        ),
      }))
      .sort((a, b) => a.total - b.total || a.name.localeCompare(b.name));
    const expected = [...source]
      .filter(([, rounds]) => rounds.size === 4)
      .map(([name, rounds]) => ({ name, total: sum([...rounds.values()].map(sum)) }))
      .sort((a, b) => a.total - b.total || a.name.localeCompare(b.name));
    expect(totals).toHaveLength(replaysAll() ? 66 : fourRounds);
    expect(totals).toEqual(expected);
    expect(totals[0]).toEqual({ name: 'Aaron Rai', total: 262 });
    if (replaysAll()) expect((totals[1]?.total ?? 0) - 262).toBe(2);
  });

  it("ranks each group's round leaderboard by score to par", async () => {
    const at = entered.get('Aaron Rai')?.get(4);
    const board = (await golf.leaderboard(at?.roundId ?? '')).body.data as {
      name: string;
      to_par: number;
      thru: number;
      place: number;
    }[];
    const expected = board.map((l) => sum(source.get(l.name)?.get(4) ?? []) - 70).sort((a, b) => a - b);
    expect(board.map((l) => l.to_par)).toEqual(expected);
    expect(board.find((l) => l.name === 'Aaron Rai')).toMatchObject({ to_par: -6, thru: 18 });
    for (const l of board) expect(l.place).toBe(board.filter((o) => o.to_par < l.to_par).length + 1);
  });
});
