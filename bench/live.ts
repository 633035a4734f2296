// Live fan-out across instances: two server.mjs replicas on one Postgres + Redis. Plays are
// POSTed to instance A; Server-Sent Events subscribers hang on instance B. Measured, per number of
// subscribers (1, 50, 500): append latency (POST → 201) and append→delivery latency (POST sent →
// the event read by a subscriber on B), then the sustained append rate of one game.
// Target on this machine: delivery p99 < 50 ms with 50 subscribers.
import cliProgress from 'cli-progress';
import { BENCH_SECRET, postPlay, SETUP_EVENTS, type Setup, setUpGames } from './lib/basketball-setup';
import { percentile as pct } from './lib/percentile';
import { saveResults } from './lib/results';
import { ensureBuild, startServer } from './lib/server';

const EVENTS_PER_ROUND = Number(process.env.BENCH_EVENTS ?? 200);
const RATE_PER_SECOND = Number(process.env.BENCH_RATE ?? 20);
const SUSTAINED_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '1,50,500').split(',').map(Number);

/** An SSE subscriber that records when each seq arrives. */
async function subscribe(url: string, arrivals: Map<number, number[]>, signal: AbortSignal) {
  const res = await fetch(url, { signal, headers: { accept: 'text/event-stream' } });
  if (!res.ok || !res.body) throw new Error(`stream: ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const id = /^id: (\d+)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (id) {
            const seq = Number(id);
            const list = arrivals.get(seq) ?? [];
            list.push(performance.now());
            arrivals.set(seq, list);
          }
        }
      }
    } catch {
      // Aborted at the end of the round.
    }
  })();
}

async function round(a: string, b: string, setup: Setup, gameId: number, subscribers: number) {
  const arrivals = new Map<number, number[]>();
  const abort = new AbortController();
  // Subscribe after the setup events: only the measured plays arrive.
  for (let i = 0; i < subscribers; i++) {
    await subscribe(`${b}/api/v1/basketball/games/${gameId}/stream?after_seq=${SETUP_EVENTS}`, arrivals, abort.signal);
  }
  await new Promise((r) => setTimeout(r, 500));
  const sent = new Map<number, number>();
  const appendMs: number[] = [];
  const bar = new cliProgress.SingleBar(
    { format: `${String(subscribers).padStart(3)} subscribers [{bar}] {value}/{total} plays`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(EVENTS_PER_ROUND, 0);
  for (let i = 0; i < EVENTS_PER_ROUND; i++) {
    const t0 = performance.now();
    const seq = await postPlay(a, setup, gameId, i % 2 === 0);
    appendMs.push(performance.now() - t0);
    sent.set(seq, t0);
    bar.increment();
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 / RATE_PER_SECOND - (performance.now() - t0))));
  }
  bar.stop();
  const deadline = performance.now() + 5000;
  while (performance.now() < deadline && [...sent.keys()].some((s) => (arrivals.get(s)?.length ?? 0) < subscribers)) {
    await new Promise((r) => setTimeout(r, 20));
  }
  abort.abort();
  const delivery: number[] = [];
  let missing = 0;
  let duplicates = 0;
  for (const [seq, t0] of sent) {
    const got = arrivals.get(seq) ?? [];
    missing += Math.max(0, subscribers - got.length);
    duplicates += Math.max(0, got.length - subscribers);
    for (const t of got) delivery.push(t - t0);
  }
  return {
    subscribers,
    plays: EVENTS_PER_ROUND,
    append_p50_ms: pct(appendMs, 50),
    append_p99_ms: pct(appendMs, 99),
    delivery_p50_ms: pct(delivery, 50),
    delivery_p99_ms: pct(delivery, 99),
    deliveries: delivery.length,
    missing,
    duplicates,
  };
}

async function sustained(a: string, setup: Setup, gameId: number) {
  const until = performance.now() + SUSTAINED_SECONDS * 1000;
  let appended = 0;
  // Four scorers on one game at once: every append takes the stream's lock in turn.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (performance.now() < until) {
        await postPlay(a, setup, gameId, true);
        appended++;
      }
    }),
  );
  return { seconds: SUSTAINED_SECONDS, appended, appends_per_second: Math.round(appended / SUSTAINED_SECONDS) };
}

export async function liveBench(): Promise<void> {
  const dbUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  if (!dbUrl || !redisUrl) {
    console.error('The live benchmark needs two instances on one Postgres and one Redis: set DATABASE_URL and REDIS_URL.');
    process.exit(2);
  }
  await ensureBuild();
  // One game per subscriber round, so every round starts from an empty stream; one more for the sustained rate.
  const setup = await setUpGames(dbUrl, SUBSCRIBERS.length + 1);
  const env = {
    DATABASE_URL: dbUrl,
    REDIS_URL: redisUrl,
    NEXTAUTH_SECRET: BENCH_SECRET,
    RATE_LIMIT_USER_PER_MIN: '1000000',
    RATE_LIMIT_ANON_PER_MIN: '1000000',
    CACHE_PREFIX: `bench-live-${Date.now()}`,
  };
  const [a, b] = await Promise.all([startServer(3391, env), startServer(3392, env)]);
  const rounds = [];
  let sustainedResult: Awaited<ReturnType<typeof sustained>> | undefined;
  try {
    // Warm both instances' routes (first requests compile nothing in production, but fill pools).
    await fetch(`${b.url}/api/v1/basketball/games/${setup.gameIds[0]}/boxscore`);
    for (const [i, n] of SUBSCRIBERS.entries()) rounds.push(await round(a.url, b.url, setup, setup.gameIds[i] as number, n));
    sustainedResult = await sustained(a.url, setup, setup.gameIds.at(-1) as number);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
  console.log('\nsubscribers  append p50  append p99  delivery p50  delivery p99  missing  duplicates');
  for (const r of rounds) {
    console.log(
      `${String(r.subscribers).padStart(11)}  ${String(r.append_p50_ms).padStart(10)}  ${String(r.append_p99_ms).padStart(10)}  ${String(r.delivery_p50_ms).padStart(12)}  ${String(r.delivery_p99_ms).padStart(12)}  ${String(r.missing).padStart(7)}  ${String(r.duplicates).padStart(10)}`,
    );
  }
  console.log(`sustained: ${sustainedResult?.appends_per_second} appends/s (4 scorers, one game, ${SUSTAINED_SECONDS} s)`);
  const fifty = rounds.find((r) => r.subscribers === 50);
  const targets = { delivery_p99_under_50ms_with_50_subscribers: fifty ? fifty.delivery_p99_ms < 50 : false };
  console.log('targets:', targets);
  const file = saveResults('live', {
    instances: 2,
    rate_per_second: RATE_PER_SECOND,
    rounds,
    sustained: sustainedResult,
    targets,
  });
  console.log(`results: ${file}`);
}
