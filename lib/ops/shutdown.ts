// Graceful SIGTERM: report not-ready so the load balancer stops sending traffic, end SSE streams
// with a retry hint, let in-flight work finish, then close pools and exit. The grace period is a cap,
// not a wait: the process leaves as soon as nothing is running and requests have stopped arriving.
import { subscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { closeCache } from '@/lib/cache';
import { closeDatabase } from '@/lib/db';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';

// Closing pools talks to servers that may be gone; past this the process exits regardless.
export const CLOSE_TIMEOUT_MS = 1000;

const KEY = Symbol.for('statline.shutdown');
type State = {
  draining: boolean;
  hooks: Set<() => void | Promise<void>>;
  installed: boolean;
  inFlight: number;
  lastActivity: number;
  /** Woken whenever a request ends, so the drain re-checks without polling. */
  onIdle: Set<() => void>;
};
type Holder = { [KEY]?: State };

function state(): State {
  const g = globalThis as Holder;
  g[KEY] ??= { draining: false, hooks: new Set(), installed: false, inFlight: 0, lastActivity: 0, onIdle: new Set() };
  return g[KEY];
}

export function isShuttingDown(): boolean {
  return state().draining;
}

/** Long-lived work (SSE streams) registers here to be ended with a retry hint on shutdown. */
export function onShutdown(hook: () => void | Promise<void>): () => void {
  state().hooks.add(hook);
  return () => state().hooks.delete(hook);
}

/** How many hooks are registered (tests check that ended streams leave none behind). */
export function shutdownHookCount(): number {
  return state().hooks.size;
}

function timeout(ms: number): { done: Promise<'timeout'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return { done, cancel: () => clearTimeout(timer) };
}

/** Resolves once no request is in flight and none has started for `idleMs`. */
function quiet(s: State, idleMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const check = () => {
      clearTimeout(timer);
      if (s.inFlight > 0) return;
      const wait = s.lastActivity + idleMs - Date.now();
      if (wait > 0) {
        timer = setTimeout(check, wait);
        return;
      }
      s.onIdle.delete(check);
      resolve();
    };
    s.onIdle.add(check);
    check();
  });
}

async function bounded(name: string, work: () => Promise<void>): Promise<void> {
  const t = timeout(CLOSE_TIMEOUT_MS);
  try {
    const outcome = await Promise.race([work().catch((err) => logger().warn({ err, name }, 'close failed')), t.done]);
    if (outcome === 'timeout') logger().warn({ name, ms: CLOSE_TIMEOUT_MS }, 'close timed out; exiting anyway');
  } finally {
    t.cancel();
  }
}

/** Drains and closes; resolves when the process may exit (shutdown() then exits). */
export async function drain(signal: string): Promise<void> {
  const s = state();
  if (s.draining) return;
  s.draining = true;
  const log = logger().child({ component: 'shutdown' });
  const { SHUTDOWN_GRACE_MS: grace, SHUTDOWN_IDLE_MS: idleMs } = env();
  const started = Date.now();
  log.info({ signal, graceMs: grace }, 'draining');
  // The idle window starts now at the earliest: a load balancer needs a moment to see the 503.
  s.lastActivity = Math.max(s.lastActivity, started);
  const hooks = [...s.hooks].map(async (h) => h());
  const done = Promise.allSettled(hooks).then(() => quiet(s, idleMs));
  const cap = timeout(grace);
  const outcome = await Promise.race([done.then(() => 'drained' as const), cap.done]);
  cap.cancel();
  log.info({ outcome, ms: Date.now() - started, inFlight: s.inFlight }, 'drained');
  await Promise.all([bounded('database', closeDatabase), bounded('cache', closeCache)]);
  log.info({ ms: Date.now() - started }, 'closed pools; exiting');
}

export async function shutdown(signal: string): Promise<void> {
  if (state().draining) return;
  await drain(signal);
  process.exit(0);
}

/** Counts requests in flight on this process's HTTP server, from Node's own request channel. */
function trackRequests(s: State): void {
  subscribe('http.server.request.start', (message) => {
    const { response } = message as { response: ServerResponse };
    s.inFlight++;
    s.lastActivity = Date.now();
    // 'close' fires for a finished response and for one the client abandoned alike.
    response.once('close', () => {
      s.inFlight--;
      s.lastActivity = Date.now();
      for (const wake of [...s.onIdle]) wake();
    });
  });
}

export function installSignalHandlers(): void {
  const s = state();
  if (s.installed) return;
  s.installed = true;
  trackRequests(s);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void shutdown(signal));
  }
}
