// `npm run bench -- fanout`: one scorer, N viewers of one game, Statline (Server-Sent Events from
// server.mjs) against a minimal Express + Socket.io + Redis adapter peer doing the same Postgres
// work per play (bench/peers/). Per run: a fresh game, N viewers connected, BENCH_EVENTS plays POSTed
// at BENCH_RATE a second on a fixed schedule (open loop: a scorer does not wait for the last play's
// answer to see the next one), then up to 10 s for the last deliveries. Runs alternate A, B, A, B at
// each size, so drift over the session (a warming cache, a busy neighbour) falls on both systems.
import cliProgress from 'cli-progress';
import { setUpGames } from './lib/basketball-setup';
import { createBenchDatabase } from './lib/bench-database';
import { monotonicMs } from './lib/clock';
import { type BenchedSystem, startSocketIoPeer, startStatline } from './lib/fanout-systems';
import { percentile } from './lib/percentile';
import { cpuSeconds, rssMb, sampleRss } from './lib/proc';
import { saveResults } from './lib/results';
import { ensureBuild } from './lib/server';
import { ViewerPool } from './lib/viewers/pool';
import type { Delivery } from './lib/viewers/protocol';

const SIZES = (process.env.BENCH_VIEWERS ?? '50,500,1000,2000').split(',').map(Number);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 200);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 60);
const DRAIN_MS = 10_000;
// BENCH_PORT: Statline's port (the peer takes the next), so two engineers' benches do not collide.
const PORT = Number(process.env.BENCH_PORT ?? 3394);
const RUNS_PER_SIZE = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

interface Run extends Delivery {
  system: string;
  viewers: number;
  post_p50_ms: number;
  post_p99_ms: number;
  post_errors: number;
  /** Share of one core each process used while the plays went out: near 100 per process, or 200 in all, is saturation. */
  server_cpu_pct: number;
  viewers_cpu_pct: number;
  rss_mb: number;
  rss_after_mb?: number;
}

function bar(label: string, total: number) {
  const b = new cliProgress.SingleBar(
    { format: `${label.padEnd(24)} [{bar}] {value}/{total}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  b.start(total, 0);
  return b;
}

/** Plays at fixed times, each POST's time taken as it leaves: [seq, sent], and each POST's latency. */
async function score(target: BenchedSystem, gameId: number, label: string) {
  const sent: [number, number][] = [];
  const postMs: number[] = [];
  let errors = 0;
  const progress = bar(`${label} plays`, EVENTS);
  const start = monotonicMs();
  const posts: Promise<void>[] = [];
  for (let i = 0; i < EVENTS; i++) {
    await sleep(start + (i * 1000) / RATE - monotonicMs());
    const t0 = monotonicMs();
    posts.push(
      target.post(gameId, i % 2 === 0).then(
        (seq) => {
          postMs.push(monotonicMs() - t0);
          sent.push([seq, t0]);
          progress.increment();
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(posts);
  progress.stop();
  return { sent, postMs, errors };
}

async function run(target: BenchedSystem, viewers: number, pool: ViewerPool, settle: boolean): Promise<Run> {
  const label = `${target.system} ×${viewers}`;
  const gameId = await target.newGame();
  const rss = sampleRss(target.pid);
  const connecting = bar(`${label} viewers`, viewers);
  await pool.connect(target.system, target.url, gameId, target.afterSeq, viewers, (n) => connecting.update(n));
  connecting.update(viewers);
  connecting.stop();
  // Lets the last subscriptions go live before the first play (a late one would be served from Postgres, slower).
  await sleep(500);
  const cpu0 = { server: cpuSeconds(target.pid), viewers: cpuSeconds(pool.pid), at: monotonicMs() };
  const { sent, postMs, errors } = await score(target, gameId, label);
  const seconds = (monotonicMs() - cpu0.at) / 1000;
  const cpuPct = (pid: number, before: number) => Math.round(((cpuSeconds(pid) - before) / seconds) * 100);
  const server_cpu_pct = cpuPct(target.pid, cpu0.server);
  const viewers_cpu_pct = cpuPct(pool.pid, cpu0.viewers);
  const delivery = await pool.finish(sent, monotonicMs() + DRAIN_MS);
  await pool.closeViewers();
  const result: Run = {
    system: target.system,
    viewers,
    ...delivery,
    post_p50_ms: percentile(postMs, 50),
    post_p99_ms: percentile(postMs, 99),
    post_errors: errors,
    server_cpu_pct,
    viewers_cpu_pct,
    rss_mb: rss.stop(),
  };
  if (settle) {
    console.log(`${label}: ${SETTLE_SECONDS} s for the server to let go of its viewers…`);
    await sleep(SETTLE_SECONDS * 1000);
    result.rss_after_mb = rssMb(target.pid);
  }
  return result;
}

/** Unmeasured: the first requests load route code, open pools and fill the JIT, in both systems alike. */
async function warmUp(target: BenchedSystem, pool: ViewerPool) {
  const gameId = await target.newGame();
  await pool.connect(target.system, target.url, gameId, target.afterSeq, 10, () => {});
  for (let i = 0; i < 20; i++) await target.post(gameId, true);
  await pool.finish([], 0);
  await pool.closeViewers();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function report(runs: Run[]) {
  const cols = ['system', 'viewers', 'delivery_p50_ms', 'delivery_p95_ms', 'delivery_p99_ms', 'post_p50_ms', 'post_p99_ms'];
  const more = ['missed', 'duplicated', 'dropped', 'rss_mb', 'rss_after_mb', 'server_cpu_pct', 'viewers_cpu_pct'] as const;
  const head = [...cols, ...more];
  console.log(`\n${head.map((c) => c.padStart(Math.max(8, c.length))).join(' ')}`);
  for (const r of runs) {
    const row = r as unknown as Record<string, unknown>;
    console.log(head.map((c) => String(row[c] ?? '-').padStart(Math.max(8, c.length))).join(' '));
  }
  const ratios: Record<string, number> = {};
  for (const size of SIZES) {
    const p99 = (system: string) => runs.filter((r) => r.system === system && r.viewers === size).map((r) => r.delivery_p99_ms);
    // Two runs each: the median is their mean, and neither run's hiccup decides the ratio alone.
    const statline = p99('statline');
    const peer = p99('peer');
    const ratio = Math.round((median(statline) / Math.max(0.1, median(peer))) * 100) / 100;
    ratios[String(size)] = ratio;
    console.log(`${String(size).padStart(5)} viewers: delivery p99 statline/peer = ${ratio}`);
  }
  return ratios;
}

export async function fanoutBench(): Promise<void> {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  await ensureBuild();
  const database = await createBenchDatabase(base, 'fanout');
  const pool = new ViewerPool();
  const systems: BenchedSystem[] = [];
  const runs: Run[] = [];
  try {
    // A game per Statline run, and one to warm up on.
    const setup = await setUpGames(database.url, SIZES.length * RUNS_PER_SIZE + 1);
    systems.push(await startStatline(PORT, database.url, redisUrl, setup));
    systems.push(await startSocketIoPeer(PORT + 1, database.url, redisUrl, setup));
    for (const s of systems) await warmUp(s, pool);
    const largest = Math.max(...SIZES);
    for (const size of SIZES) {
      for (let i = 0; i < RUNS_PER_SIZE; i++) {
        for (const s of systems) {
          const r = await run(s, size, pool, size === largest);
          console.log(
            `${r.system} ×${r.viewers}: delivery p99 ${r.delivery_p99_ms} ms, post p99 ${r.post_p99_ms} ms, missed ${r.missed}, duplicated ${r.duplicated}, rss ${r.rss_mb} MB`,
          );
          runs.push(r);
        }
      }
    }
  } finally {
    pool.stop();
    for (const s of systems) await s.stop();
    await database.drop();
  }
  const ratios = report(runs);
  const file = saveResults('fanout', {
    plays_per_run: EVENTS,
    rate_per_second: RATE,
    drain_ms: DRAIN_MS,
    settle_seconds: SETTLE_SECONDS,
    runs,
    delivery_p99_ratio_statline_to_peer: ratios,
  });
  console.log(`results: ${file}`);
}
