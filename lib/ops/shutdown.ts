// Graceful SIGTERM: report not-ready so the load balancer stops sending traffic, let in-flight
// requests and SSE streams finish for a grace period, then close pools and exit.
import { closeCache } from '@/lib/cache';
import { closeDatabase } from '@/lib/db';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';

const KEY = Symbol.for('statline.shutdown');
type State = { draining: boolean; hooks: Set<() => void | Promise<void>>; installed: boolean };
type Holder = { [KEY]?: State };

function state(): State {
  const g = globalThis as Holder;
  g[KEY] ??= { draining: false, hooks: new Set(), installed: false };
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

export async function shutdown(signal: string): Promise<void> {
  const s = state();
  if (s.draining) return;
  s.draining = true;
  const log = logger().child({ component: 'shutdown' });
  const grace = env().SHUTDOWN_GRACE_MS;
  log.info({ signal, graceMs: grace }, 'draining');
  // Hooks (SSE streams, running imports) get the grace period, and no longer, to finish.
  const started = Date.now();
  await Promise.race([Promise.allSettled([...s.hooks].map((h) => h())), new Promise((r) => setTimeout(r, grace))]);
  await new Promise((r) => setTimeout(r, Math.max(0, grace - (Date.now() - started))));
  await Promise.allSettled([closeDatabase(), closeCache()]);
  log.info('closed pools; exiting');
  process.exit(0);
}

export function installSignalHandlers(): void {
  const s = state();
  if (s.installed) return;
  s.installed = true;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void shutdown(signal));
  }
}
