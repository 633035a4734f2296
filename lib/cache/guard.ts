// Shared failure handling: a cache is an optimisation, so its errors are bounded in time,
// counted, and logged sparingly instead of being allowed to fail or flood a request path.
import { logger } from '@/lib/log';
import { metrics } from '@/lib/metrics';
import type { CacheDriverName } from './types';

export class CacheTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`cache operation timed out after ${ms} ms`);
    this.name = 'CacheTimeoutError';
  }
}

/** Rejects with CacheTimeoutError when `promise` takes longer than `ms`; the timer never holds the process open. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CacheTimeoutError(ms)), ms);
    timer.unref?.();
  });
  // The loser must not surface later as an unhandled rejection.
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Logs at most once per `intervalMs` per topic and reports how many were suppressed meanwhile. */
export function rateLimitedLogger(intervalMs = 5000) {
  const last = new Map<string, { at: number; suppressed: number }>();
  return (topic: string, err: unknown, fields: Record<string, unknown> = {}) => {
    const now = Date.now();
    const seen = last.get(topic);
    if (seen && now - seen.at < intervalMs) {
      seen.suppressed++;
      return;
    }
    last.set(topic, { at: now, suppressed: 0 });
    logger().warn({ ...fields, err, suppressed: seen?.suppressed ?? 0 }, `cache: ${topic}`);
  };
}

const logCacheError = rateLimitedLogger();

/** One failed cache operation: counted for alerting, logged at most every few seconds per driver/op. */
export function reportCacheError(driver: CacheDriverName | 'unknown', op: string, err: unknown): void {
  metrics().cacheOps.inc({ driver, result: 'error' });
  logCacheError(`${driver} ${op} failed, serving without cache`, err, { driver, op });
}

export function countCacheResult(driver: CacheDriverName, result: 'hit' | 'miss'): void {
  metrics().cacheOps.inc({ driver, result });
}
