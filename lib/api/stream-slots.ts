// Concurrent event streams per caller. Counted in this process, not the shared cache: a stream holds
// this replica's socket and memory, and a shared count would outlive the streams of a replica that
// crashed. Keyed like the request budgets (lib/api/rate-limit.ts), so one caller is one caller.
import type { Principal } from '@/lib/auth/principal';
import { env } from '@/lib/env';
import { metrics } from '@/lib/metrics';
import { ApiError } from './errors';
import { callerKey } from './rate-limit';

const KEY = Symbol.for('statline.streamSlots');
type Holder = { [KEY]?: Map<string, number> };

function open(): Map<string, number> {
  const g = globalThis as Holder;
  g[KEY] ??= new Map();
  return g[KEY];
}

// A slot frees when one of the caller's streams ends, which no clock predicts; a browser's own
// reconnect delay is of this order.
const RETRY_AFTER_SECONDS = 5;

/**
 * Takes one of the caller's stream slots; throws 429 when all are in use. Returns the release, which
 * frees the slot once however often it is called.
 */
export function acquireStreamSlot(principal: Principal, ip: string | null): () => void {
  const key = callerKey(principal, ip);
  const max = env().SSE_MAX_PER_CLIENT;
  const slots = open();
  const inUse = slots.get(key) ?? 0;
  if (inUse >= max) {
    metrics().rateLimited.inc();
    throw new ApiError(
      'rate_limited',
      `Too many open event streams: at most ${max} per client. Close one, or retry in ${RETRY_AFTER_SECONDS} s.`,
      { limit: max, open: inUse },
      { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    );
  }
  slots.set(key, inUse + 1);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    const left = (slots.get(key) ?? 1) - 1;
    // Deleted at zero, so a stream of distinct one-off callers leaves nothing behind.
    if (left > 0) slots.set(key, left);
    else slots.delete(key);
  };
}

/** Streams open per caller key in this process (tests check that every slot comes back). */
export function openStreamSlots(): ReadonlyMap<string, number> {
  return open();
}
