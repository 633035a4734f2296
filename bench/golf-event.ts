// Hole score → event leaderboard on its viewers' screens. An event of 156 players (39 groups of 4),
// half-way through a round, watched by VIEWERS SSE viewers of its leaderboard stream; each sample
// scores a hole in one of its groups and times, from the score's call to each viewer reading the
// frame it caused, the delivery (the round's append, its mirror to the event's stream, the ranked
// board of 156 lines, the fan-out). The baseline, measured in the same run and interleaved with it:
// the same score on a group round of 4 outside any event, watched by as many viewers of that
// round's stream with its 4-line leaderboard (the live leaderboard as it was before events).
// Target: event delivery p99 < 100 ms.
//
// In-process, on the real cache driver (memory, or Redis with REDIS_URL) and database (PGlite, or
// Postgres with DATABASE_URL); streams are served as the routes serve them (lib/events/sse.ts).
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { and, eq } from 'drizzle-orm';
import { golfCourses, golfTees } from '@/drizzle/schema';
import { createUser } from '@/lib/auth/users';
import { closeCache } from '@/lib/cache';
import { closeDatabase, getDatabase } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { runSeeds } from '@/lib/demo';
import type { ViewAt } from '@/lib/events/fanout';
import { streamHead } from '@/lib/events/queries';
import { sseResponse } from '@/lib/events/sse';
import { eventBoardFeed } from '@/lib/golf/events/live-feed';
import { findEvent } from '@/lib/golf/events/read';
import { golfEventStream } from '@/lib/golf/events/stream-events';
import { addEntries, createEvent, createGroup } from '@/lib/golf/events/write';
import { liveLeaderboardFeed } from '@/lib/golf/rounds/live-feed';
import { scoreHole } from '@/lib/golf/rounds/score';
import { startRound } from '@/lib/golf/rounds/start';
import { roundStream } from '@/lib/golf/tags';
import { percentile as pct } from './lib/percentile';
import { saveResults } from './lib/results';

const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 156);
const VIEWERS = Number(process.env.BENCH_VIEWERS ?? 50);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);

interface Viewer {
  next: () => Promise<number>;
}

/** A viewer reading the stream's body, as the browser's EventSource would; `next` resolves at its next frame. */
function view(db: Db, stream: string, afterSeq: number, viewAt: ViewAt, signal: AbortSignal): Viewer {
  const res = sseResponse({ db, stream, afterSeq, signal, viewAt });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let waiting: ((t: number) => void)[] = [];
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!/^id: /m.test(frame)) continue;
          const t = performance.now();
          const ready = waiting;
          waiting = [];
          for (const w of ready) w(t);
        }
      }
    } catch {
      // Aborted at the end.
    }
  })();
  return { next: () => new Promise<number>((resolve) => waiting.push(resolve)) };
}

export async function golfEventBench(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  process.env.PGLITE_DIR ??= '.data/bench-golf-event-pglite';
  const dbKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const cacheKind = process.env.REDIS_URL ? 'redis' : 'memory';
  console.log(`database: ${dbKind}; cache: ${cacheKind}; ${PLAYERS} players, ${VIEWERS} viewers, ${SAMPLES} samples each`);
  const database = await getDatabase();
  const db = database.db;
  const abort = new AbortController();
  // Every viewer listens to this one signal.
  setMaxListeners(0, abort.signal);
  try {
    await runSeeds(database, { only: ['demo-accounts', 'golf-demo'] });
    const [tee] = await db
      .select({ courseId: golfCourses.id, teeId: golfTees.id, par: golfTees.par })
      .from(golfTees)
      .innerJoin(golfCourses, eq(golfCourses.id, golfTees.courseId))
      .where(and(eq(golfCourses.sourceId, 'statline-links'), eq(golfTees.name, 'White')));
    if (!tee) throw new Error('the demo course is missing');
    const organiser = await createUser(db, {
      email: `bench-organiser-${randomUUID()}@example.com`,
      name: 'Bench Organiser',
      password: 'bench organiser password',
      role: 'player',
    });
    const actor = { userId: organiser.id };
    const today = new Date().toISOString().slice(0, 10);

    // The event: PLAYERS guests with handicaps, groups of 4, everyone through 9 holes.
    const eventId = await createEvent(db, actor, {
      name: 'Bench Open',
      course_id: tee.courseId,
      tee_id: tee.teeId,
      start_date: today,
      format: 'stroke_play',
      rounds: 2,
      scorer_ids: [],
    });
    const entries = await addEntries(
      db,
      actor,
      eventId,
      Array.from({ length: PLAYERS }, (_, i) => ({ name: `Player ${i + 1}`, handicap_index: (i * 7) % 36 })),
    );
    const groups: string[] = [];
    for (let g = 0; g * 4 < entries.length; g++) {
      const ids = entries.slice(g * 4, g * 4 + 4).map((e) => e.id);
      groups.push((await createGroup(db, actor, eventId, { round_number: 1, starting_hole: 1, entry_ids: ids })).roundId);
    }
    console.log(`${groups.length} groups; scoring 9 holes each…`);
    for (const [g, roundId] of groups.entries())
      for (let p = 1; p <= Math.min(4, PLAYERS - g * 4); p++)
        for (let h = 1; h <= 9; h++)
          await scoreHole(db, actor, roundId, p, { hole: h, strokes: (tee.par[h - 1] as number) + ((g + p + h) % 3) - 1 });

    // The baseline: a group round of 4 outside any event, through 9 holes.
    const { roundId: baseRound } = await startRound(db, actor, {
      course_id: tee.courseId,
      tee_id: tee.teeId,
      date: today,
      format: 'stroke_play',
      caller_plays: false,
      players: [],
      guests: [1, 2, 3, 4].map((i) => ({ name: `Guest ${i}`, handicap_index: 10 + i })),
    });
    for (let p = 1; p <= 4; p++)
      for (let h = 1; h <= 9; h++) await scoreHole(db, actor, baseRound, p, { hole: h, strokes: tee.par[h - 1] as number });

    const event = await findEvent(db, eventId);
    if (!event) throw new Error('event vanished');
    const eventStream = golfEventStream(eventId);
    const eventViewers = await (async () => {
      const at = await streamHead(db, eventStream);
      return Array.from({ length: VIEWERS }, () => view(db, eventStream, at, () => eventBoardFeed(db, event), abort.signal));
    })();
    const baseViewers = await (async () => {
      const at = await streamHead(db, roundStream(baseRound));
      return Array.from({ length: VIEWERS }, () =>
        view(db, roundStream(baseRound), at, (seq) => liveLeaderboardFeed(db, baseRound, seq), abort.signal),
      );
    })();
    await new Promise((r) => setTimeout(r, 500));

    const scenarios = [
      { name: 'group round of 4, its own stream (baseline)', viewers: baseViewers, round: () => baseRound, players: 4 },
      {
        name: `event of ${PLAYERS}, its leaderboard stream`,
        viewers: eventViewers,
        round: (s: number) => groups[s % groups.length] as string,
        players: PLAYERS,
      },
    ];
    const delivery = scenarios.map(() => [] as number[]);
    const append = scenarios.map(() => [] as number[]);
    for (let s = 0; s < SAMPLES; s++) {
      for (const [i, sc] of scenarios.entries()) {
        const arrivals = sc.viewers.map((v) => v.next());
        const t0 = performance.now();
        // Hole 10 of player 1 + s % 4 toggles between two values each time that player comes round
        // again (every 4th sample here; 156 in the event, an odd number of 4s), so every sample is a
        // real change: the same value again would append nothing and send no frame.
        const strokes = (tee.par[9] as number) + (Math.floor(s / 4) % 2 ? 1 : -1);
        await scoreHole(db, actor, sc.round(s), 1 + (s % 4), { hole: 10, strokes });
        append[i]?.push(performance.now() - t0);
        const times = await Promise.race([Promise.all(arrivals), new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
        if (!times) throw new Error(`${sc.name}: a viewer got no frame within 5 s`);
        for (const t of times) delivery[i]?.push(t - t0);
      }
    }
    const summary = scenarios.map((sc, i) => ({
      name: sc.name,
      players: sc.players,
      viewers: VIEWERS,
      write_p50_ms: pct(append[i] ?? [], 50),
      write_p99_ms: pct(append[i] ?? [], 99),
      delivery_p50_ms: pct(delivery[i] ?? [], 50),
      delivery_p99_ms: pct(delivery[i] ?? [], 99),
      deliveries: delivery[i]?.length ?? 0,
    }));
    const base = summary[0]?.delivery_p99_ms || 1;
    console.log('\nscenario                                        write p50/p99 ms   delivery p50/p99 ms   p99 ×base');
    for (const s of summary)
      console.log(
        `${s.name.padEnd(47)} ${`${s.write_p50_ms} / ${s.write_p99_ms}`.padStart(16)} ${`${s.delivery_p50_ms} / ${s.delivery_p99_ms}`.padStart(21)} ${(s.delivery_p99_ms / base).toFixed(2).padStart(11)}`,
      );
    const target = (summary[1]?.delivery_p99_ms ?? Infinity) < 100;
    console.log(`target (event delivery p99 < 100 ms): ${target ? 'met' : 'NOT met'}`);
    const file = saveResults('golf-event', { database: dbKind, cache: cacheKind, samples: SAMPLES, summary, target_met: target });
    console.log(`results: ${file}`);
  } finally {
    abort.abort();
    await closeDatabase();
    await closeCache();
  }
}
