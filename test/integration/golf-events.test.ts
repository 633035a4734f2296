// Golf events through the API: who may organise, enter, group and score (the organiser and its named
// scorers, not other golfers); playing handicaps from each entrant's index on the event's tee with
// the format's allowance; net scores; a golf league's events; and a 40-group event whose live
// leaderboard reaches a viewer over SSE after every hole scored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAccount } from '../../app/api/v1/account-data';
import { FORMER_MEMBER } from '../../lib/auth/account-erase';
import { createApiKey } from '../../lib/auth/api-keys';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { createLeague } from '../../lib/leagues/write';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser } from '../support/callers';
import { addFictionalCourse, golf, type TestCourse } from '../support/golf-api';
import { golfRoutes } from '../support/golf-routes';
import { openStream } from '../support/sse-client';

let app: TestApp;
let course: TestCourse;
type Who = { id: string; headers: Record<string, string> };
let organiser: Who;
let scorer: Who;
let stranger: Who;
let golfer: Who;

async function who(role: 'player' | 'coach'): Promise<Who> {
  const u = await makeUser(app.database.db, role);
  return { id: u.id, headers: { authorization: `Bearer ${(await createApiKey(app.database.db, u.id, 'k', 'write')).key}` } };
}

async function api(
  key: keyof typeof golfRoutes,
  opts: { headers?: Record<string, string>; body?: unknown; id?: number; query?: string },
) {
  const [method, template] = key.split(' ') as [string, string];
  const path = `${template.replace('{id}', String(opts.id ?? ''))}${opts.query ? `?${opts.query}` : ''}`;
  const res = await call(golfRoutes[key], {
    method,
    path,
    headers: opts.headers,
    body: opts.body,
    params: opts.id === undefined ? {} : { id: String(opts.id) },
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  app = await startTestApp();
  course = await addFictionalCourse(app.database.db);
  [organiser, scorer, stranger, golfer] = [await who('player'), await who('player'), await who('player'), await who('player')];
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

const newEvent = async (body: Record<string, unknown> = {}) =>
  api('POST /api/v1/golf/events', {
    headers: organiser.headers,
    body: { name: 'Saturday Medal', course_id: course.courseId, tee_id: course.tees.White, start_date: '2026-11-21', ...body },
  });

describe('golf events', () => {
  it('lets only the organiser enter and group, and the organiser and named scorers score', async () => {
    const created = await newEvent({ scorer_ids: [scorer.id] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.id as number;
    expect(created.body.data).toMatchObject({ organiser_id: organiser.id, allowance: 0.95, rounds: 1, cut: null });

    const entrants = {
      entrants: [
        { user_id: golfer.id, handicap_index: 10 },
        { name: 'Guest Gail', gender: 'women', handicap_index: 20 },
      ],
    };
    expect((await api('POST /api/v1/golf/events/{id}/entries', { id, headers: stranger.headers, body: entrants })).status).toBe(
      403,
    );
    const entered = await api('POST /api/v1/golf/events/{id}/entries', { id, headers: organiser.headers, body: entrants });
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    const ids = entered.body.data.map((e: { id: number }) => e.id);
    // An account is entered once.
    expect((await api('POST /api/v1/golf/events/{id}/entries', { id, headers: organiser.headers, body: entrants })).status).toBe(
      422,
    );

    const groupBody = { round_number: 1, tee_time: '2026-11-21T08:00:00Z', entry_ids: [ids[1], ids[0]] };
    expect((await api('POST /api/v1/golf/events/{id}/groups', { id, headers: scorer.headers, body: groupBody })).status).toBe(
      403,
    );
    const group = await api('POST /api/v1/golf/events/{id}/groups', { id, headers: organiser.headers, body: groupBody });
    expect(group.status, JSON.stringify(group.body)).toBe(201);
    // Accounts first, then guests, as the round places them; playing handicaps from the White tee's
    // ratings: round((index × slope / 113 + rating − par) × 95%).
    const tees = (await api('GET /api/v1/golf/courses/{id}', { id: course.courseId })).body.data.tees;
    const tee = tees.find((t: { name: string }) => t.name === 'White');
    const ph = (index: number, r: { course_rating: number; slope: number }) =>
      Math.round(((index * r.slope) / 113 + r.course_rating - tee.total_par) * 0.95);
    expect(group.body.data.players).toEqual([
      expect.objectContaining({ entry_id: ids[0], position: 1, user_id: golfer.id, playing_handicap: ph(10, tee.ratings.men) }),
      expect.objectContaining({ entry_id: ids[1], position: 2, name: 'Guest Gail', playing_handicap: ph(20, tee.ratings.women) }),
    ]);
    // The same entrant twice in one round is refused.
    expect((await api('POST /api/v1/golf/events/{id}/groups', { id, headers: organiser.headers, body: groupBody })).status).toBe(
      422,
    );

    const roundId = group.body.data.round.id as string;
    expect((await golf.score(stranger.headers, roundId, 1, { position: 2, strokes: 5 })).status).toBe(403);
    expect((await golf.score(scorer.headers, roundId, 1, { position: 2, strokes: 5 })).status).toBe(200);
    expect((await golf.score(organiser.headers, roundId, 1, { position: 1, strokes: 4 })).status).toBe(200);

    const board = (await api('GET /api/v1/golf/events/{id}/leaderboard', { id, query: 'by=net' })).body.data;
    const par1 = tee.par[0] as number;
    const si1 = (tee.stroke_index as number[])[0] as number;
    const gail = board.lines.find((l: { name: string }) => l.name === 'Guest Gail');
    const gailPh = group.body.data.players[1].playing_handicap as number;
    const received = Math.floor(gailPh / 18) + (si1 <= gailPh % 18 ? 1 : 0);
    expect(gail).toMatchObject({ thru: 1, to_par: 5 - par1, net_to_par: 5 - par1 - received, playing_handicap: gailPh });
    expect(board.by).toBe('net');
    const groups = (await api('GET /api/v1/golf/events/{id}/groups', { id })).body.data;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ round_number: 1, tee_time: '2026-11-21T08:00:00.000Z', starting_hole: 1 });
  });

  it("erases an erased account's name from its entries and the event's log", async () => {
    const id = (await newEvent({ name: 'Erasure Cup' })).body.data.id as number;
    const leaving = await who('player');
    const added = await api('POST /api/v1/golf/events/{id}/entries', {
      id,
      headers: organiser.headers,
      body: { entrants: [{ user_id: leaving.id }, { name: 'Stays' }] },
    });
    expect(added.status).toBe(201);
    const before = (await api('GET /api/v1/golf/events/{id}/entries', { id })).body.data.map((e: { name: string }) => e.name);
    expect(before).not.toContain(FORMER_MEMBER);
    await deleteAccount(app.database.db, { userId: leaving.id }, leaving.id);
    const after = (await api('GET /api/v1/golf/events/{id}/entries', { id })).body.data.map((e: { name: string }) => e.name);
    expect(after).toEqual([FORMER_MEMBER, 'Stays']);
    const logged = (await app.database.db.execute(
      `select data from events where stream = 'golf-event:${id}' and type = 'golf_event_entry_added'`,
    )) as unknown;
    const rows = ((logged as { rows?: { data: unknown }[] }).rows ?? (logged as { data: unknown }[])) as { data: unknown }[];
    expect(JSON.stringify(rows.map((r) => r.data))).not.toContain(before[0]);
    expect(JSON.stringify(rows.map((r) => r.data))).toContain(FORMER_MEMBER);
  });

  it("keeps a golf league's events: organised by its runners, listed with `league`", async () => {
    const league = await createLeague(
      app.database.db,
      { userId: organiser.id },
      {
        name: `Millbrook GS ${randomUUID().slice(0, 6)}`,
        sport: 'golf',
        level: 'adult_amateur',
        season_format: 'calendar',
        visibility: 'public',
      },
    );
    const made = await newEvent({ league_id: league.id, name: 'Society Stableford', format: 'stableford' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.data).toMatchObject({ league_id: league.id, allowance: 0.95 });
    const refused = await api('POST /api/v1/golf/events', {
      headers: stranger.headers,
      body: {
        name: 'Not mine',
        league_id: league.id,
        course_id: course.courseId,
        tee_id: course.tees.White,
        start_date: '2026-11-21',
      },
    });
    expect(refused.status).toBe(403);
    const listed = await api('GET /api/v1/golf/events', { query: `league=${league.id}` });
    expect(listed.body.data.map((e: { id: number }) => e.id)).toEqual([made.body.data.id]);
  });

  it('updates a 40-group event leaderboard live over SSE after every hole', async () => {
    const id = (await newEvent({ name: 'Club Championship' })).body.data.id as number;
    const field = Array.from({ length: 160 }, (_, i) => ({ name: `Member ${String(i + 1).padStart(3, '0')}` }));
    const entries = (
      await api('POST /api/v1/golf/events/{id}/entries', { id, headers: organiser.headers, body: { entrants: field } })
    ).body.data as { id: number }[];
    const rounds: string[] = [];
    for (let g = 0; g < 40; g++) {
      const res = await api('POST /api/v1/golf/events/{id}/groups', {
        id,
        headers: organiser.headers,
        body: { round_number: 1, starting_hole: 1, entry_ids: entries.slice(g * 4, g * 4 + 4).map((e) => e.id) },
      });
      expect(res.status).toBe(201);
      rounds.push(res.body.data.round.id);
    }
    const head = (await app.database.db.execute(
      `select max(seq)::int as s from events where stream = 'golf-event:${id}'`,
    )) as unknown;
    const seq = ((head as { rows?: { s: number }[] }).rows ?? (head as { s: number }[]))[0]?.s ?? 0;
    const stream = await openStream(
      golfRoutes['GET /api/v1/golf/events/{id}/leaderboard/stream'],
      `/api/v1/golf/events/${id}/leaderboard/stream?after_seq=${seq}`,
      String(id),
    );
    try {
      // One hole in each group: a birdie for group g's first player when g is even, else a bogey.
      for (const [g, roundId] of rounds.entries())
        expect((await golf.score(organiser.headers, roundId, 1, { position: 1, strokes: g % 2 === 0 ? 3 : 5 })).status).toBe(200);
      const frames = await stream.waitFor(40, 15_000);
      expect(frames).toHaveLength(40);
      const last = frames.at(-1)?.json;
      expect(last.type).toBe('golf_event_hole_scored');
      expect(last.leaderboard.lines).toHaveLength(160);
      const scored = last.leaderboard.lines.filter((l: { thru: number }) => l.thru === 1);
      expect(scored).toHaveLength(40);
      expect(scored.slice(0, 20).every((l: { position: string; to_par: number }) => l.position === 'T1' && l.to_par === -1)).toBe(
        true,
      );
      expect(scored[20]).toMatchObject({ position: 'T21', to_par: 1 });
      // Each frame has one more scored line than the last: every hole reached the viewer.
      expect(frames.map((f) => f.json.leaderboard.lines.filter((l: { thru: number }) => l.thru > 0).length)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
    } finally {
      await stream.close();
    }
  }, 120_000);
});
