// Real data: the 2024 Wyndham Championship run as a Statline golf event. Its 152 players are entered
// as guests (a tournament field), grouped per round, every hole is scored by the event's named
// scorer (no admin anywhere), and the event leaderboard's standings after 36 holes (the cut: top 65
// and ties) and after 72 are checked against the source rows, ranked here independently of the code.
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

const text = readFileSync('test/fixtures/golf/Wyndham_Championship_2024.csv', 'utf8');
// player → round → strokes on holes 1-18, straight from the rows. The embedded pass plays a quarter
// of the field and the winner, with the cut set so that the same players make it as made the real one
// (every player at 136 or better after 36 holes played four rounds; the rest two).
const source = fieldShare(strokesByRow(text), ['Aaron Rai']);
const fieldSize = source.size;
const madeCut = [...source.values()].filter((rounds) => rounds.size === 4);
const cutTop = replaysAll() ? 65 : madeCut.length;
const cutLine = Math.max(...madeCut.map((rounds) => sum(rounds.get(1) ?? []) + sum(rounds.get(2) ?? []))) - 140;

/** Official-style positions from totals: "1", "T2", …, computed without the code under test. */
function positions(totals: Map<string, number>): Map<string, string> {
  const all = [...totals.values()];
  return new Map(
    [...totals].map(([name, t]) => {
      const ahead = all.filter((o) => o < t).length;
      const level = all.filter((o) => o === t).length;
      return [name, `${level > 1 ? 'T' : ''}${ahead + 1}`];
    }),
  );
}

let app: TestApp;
let organiser: Record<string, string>;
let scorer: Record<string, string>;
let scorerId: string;
beforeAll(async () => {
  app = await startTestApp();
  const db = app.database.db;
  const [o, s] = [await makeUser(db, 'player'), await makeUser(db, 'player')];
  scorerId = s.id;
  organiser = { authorization: `Bearer ${(await createApiKey(db, o.id, 'organiser', 'write')).key}` };
  scorer = { authorization: `Bearer ${(await createApiKey(db, s.id, 'scorer', 'write')).key}` };
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

async function api(
  key: string,
  opts: { headers?: Record<string, string>; body?: unknown; params?: Record<string, string>; path: string },
) {
  const [method] = key.split(' ');
  const res = await call(golfRoutes[key as keyof typeof golfRoutes], { method, ...opts });
  const body = await res.json();
  return { status: res.status, body };
}

describe('2024 Wyndham Championship as a golf event', () => {
  let eventId = 0;
  const path = () => `/api/v1/golf/events/${eventId}`;
  const board = async (round?: number) =>
    (
      await api('GET /api/v1/golf/events/{id}/leaderboard', {
        path: `${path()}/leaderboard${round ? `?round=${round}` : ''}`,
        params: { id: String(eventId) },
      })
    ).body.data;

  it('creates the event, enters the field as guests, and replays it round by round', async () => {
    const { par, start_date } = parsePgaHoleByHole(text);
    const course = await api('POST /api/v1/golf/courses', {
      path: '/api/v1/golf/courses',
      headers: organiser,
      body: {
        name: 'Sedgefield Country Club',
        location: { city: 'Greensboro', state: 'NC' },
        holes: 18,
        tees: [{ name: 'Tournament', par }],
      },
    });
    expect(course.status).toBe(201);
    const created = await api('POST /api/v1/golf/events', {
      path: '/api/v1/golf/events',
      headers: organiser,
      body: {
        name: 'Wyndham Championship 2024',
        course_id: course.body.data.id,
        tee_id: course.body.data.tees[0].id,
        start_date,
        rounds: 4,
        cut: { after_round: 2, top: cutTop },
        scorer_ids: [scorerId],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data).toMatchObject({
      rounds: 4,
      cut: { after_round: 2, top: cutTop },
      allowance: 0.95,
      scorer_ids: [scorerId],
    });
    eventId = created.body.data.id;

    const entered = await api('POST /api/v1/golf/events/{id}/entries', {
      path: `${path()}/entries`,
      params: { id: String(eventId) },
      headers: organiser,
      body: { entrants: [...source.keys()].map((name) => ({ name })) },
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    expect(entered.body.data).toHaveLength(replaysAll() ? 152 : fieldSize);
    const entryOf = new Map<string, number>(entered.body.data.map((e: { name: string; id: number }) => [e.name, e.id]));

    for (const round of [1, 2, 3, 4]) {
      if (round === 3) {
        // The cut, from the API: 36-hole line −4 (136), 66 players at or inside it.
        const after2 = await board();
        expect(after2.cut).toEqual({ after_round: 2, top: cutTop, line_to_par: -4, made: madeCut.length });
        expect(cutLine).toBe(-4);
        if (replaysAll()) expect(madeCut).toHaveLength(66);
      }
      const field = [...source].filter(([, rounds]) => rounds.has(round)).map(([name]) => name);
      const groups: string[][] = [];
      for (let i = 0; i < field.length; i += 3) groups.push(field.slice(i, i + 3));
      const made = await pool(
        4,
        groups.map((group, g) => async () => {
          const res = await api('POST /api/v1/golf/events/{id}/groups', {
            path: `${path()}/groups`,
            params: { id: String(eventId) },
            headers: organiser,
            body: {
              round_number: round,
              tee_time: new Date(Date.parse(start_date) + (round - 1) * 86_400_000 + (7 * 60 + g * 11) * 60_000).toISOString(),
              starting_hole: g % 2 === 0 ? 1 : 10,
              entry_ids: group.map((n) => entryOf.get(n)),
            },
          });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          return res.body.data as { round: { id: string }; players: { entry_id: number; position: number; name: string }[] };
        }),
      );
      const cards = made.flatMap((g) =>
        g.players.map((p) => ({ roundId: g.round.id, position: p.position, strokes: source.get(p.name)?.get(round) ?? [] })),
      );
      await pool(
        16,
        cards.map((c) => async () => {
          for (const [i, strokes] of c.strokes.entries()) {
            const res = await golf.score(scorer, c.roundId, i + 1, { position: c.position, strokes });
            if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
          }
        }),
      );
      await pool(
        4,
        made.map((g) => async () => expect((await golf.finish(scorer, g.round.id)).status).toBe(200)),
      );
    }
    const groups = await api('GET /api/v1/golf/events/{id}/groups', {
      path: `${path()}/groups`,
      params: { id: String(eventId) },
    });
    expect(groups.body.data.filter((g: { round: { status: string } }) => g.round.status === 'finished')).toHaveLength(
      2 * Math.ceil(fieldSize / 3) + 2 * Math.ceil(madeCut.length / 3),
    );
  }, 900_000);

  it('gives the official 72-hole standings: Aaron Rai 262 (−18), ties, and the cut', async () => {
    const data = await board();
    const four = new Map([...source].filter(([, r]) => r.size === 4).map(([n, r]) => [n, sum([...r.values()].map(sum))]));
    const expected = positions(four);
    const made = data.lines.filter((l: { status: string }) => l.status === 'active');
    expect(made).toHaveLength(madeCut.length);
    expect(made[0]).toMatchObject({
      name: 'Aaron Rai',
      position: '1',
      total: 262,
      to_par: -18,
      today: -6,
      thru: 18,
      current_round: 4,
    });
    expect(made[0].rounds.map((r: { gross: number }) => r.gross)).toEqual([65, 65, 68, 64]);
    for (const l of made) {
      expect({ name: l.name, position: l.position, total: l.total, to_par: l.to_par }).toEqual({
        name: l.name,
        position: expected.get(l.name),
        total: four.get(l.name),
        to_par: (four.get(l.name) ?? 0) - 280,
      });
    }
    // Ordered by total; the 86 who missed the cut follow, each marked CUT with their 36-hole total.
    expect(made.map((l: { total: number }) => l.total)).toEqual([...four.values()].sort((a, b) => a - b));
    const cut = data.lines.filter((l: { status: string }) => l.status === 'cut');
    expect(cut).toHaveLength(fieldSize - madeCut.length);
    if (replaysAll()) expect(cut).toHaveLength(86);
    for (const l of cut) {
      expect(l.position).toBe('CUT');
      expect(l.total).toBe(sum([...(source.get(l.name)?.values() ?? [])].map(sum)));
    }
    expect(data.cut).toEqual({ after_round: 2, top: cutTop, line_to_par: -4, made: madeCut.length });
    // Net equals gross here: a tournament field plays off no handicap (the tee is unrated).
    expect(made.every((l: { net_to_par: number; to_par: number }) => l.net_to_par === l.to_par)).toBe(true);
  });

  it('gives the standings after any round (`round`): after 54 holes, as the source had them', async () => {
    const data = await board(3);
    const three = new Map(
      [...source].filter(([, r]) => r.size === 4).map(([n, r]) => [n, sum([1, 2, 3].map((i) => sum(r.get(i) ?? [])))]),
    );
    const expected = positions(three);
    for (const l of data.lines.filter((x: { status: string }) => x.status === 'active'))
      expect([l.name, l.position]).toEqual([l.name, expected.get(l.name)]);
    expect(data.through_round).toBe(3);
  });
});
