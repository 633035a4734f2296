// The limiter's local window and its budgets, against the memory driver and a counting wrapper.
import { describe, expect, it } from 'vitest';
import { createLocalWindows } from './local-window';
import { createMemoryCache } from './memory';
import { combineDecisions, hitRateLimit, hitRateLimits, rateLimitDecision } from './rate-limit';
import type { CacheDriver } from './types';

/** A memory driver that counts shared round trips and can be made to answer slowly. */
function counted(delayMs = 0): CacheDriver & { trips: number } {
  const base = createMemoryCache();
  const driver = {
    ...base,
    trips: 0,
    async incrMany(items: Parameters<CacheDriver['incrMany']>[0]) {
      driver.trips++;
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      return base.incrMany(items);
    },
  };
  return driver;
}
const opts = { prefix: 'unit' };

describe('local windows', () => {
  it('count per key within a window and adopt a higher shared count and its end', () => {
    const w = createLocalWindows();
    expect(w.hit('a', 60).count).toBe(1);
    expect(w.hit('a', 60).count).toBe(2);
    expect(w.hit('b', 60).count).toBe(1);
    w.adopt('a', 10, 5_000);
    const next = w.hit('a', 60);
    expect(next.count).toBe(11);
    expect(next.resetMs).toBeLessThanOrEqual(5_000);
    w.adopt('a', 3, 5_000); // a lower shared count never lowers what this process has seen
    expect(w.hit('a', 60).count).toBe(12);
  });

  it('start over once the window has passed', async () => {
    const w = createLocalWindows();
    w.hit('a', 0.02);
    w.hit('a', 0.02);
    await new Promise((r) => setTimeout(r, 40));
    expect(w.hit('a', 0.02).count).toBe(1);
  });
});

describe('hitRateLimits', () => {
  it('lets exactly the limit of a concurrent burst through, and only that many reach the shared store', async () => {
    const cache = counted(20);
    const results = await Promise.all(Array.from({ length: 300 }, () => hitRateLimit('burst', 60, 60, cache, opts)));
    expect(results.filter((r) => r.allowed)).toHaveLength(60);
    expect(cache.trips).toBe(60);
  });

  it('refuses locally once the shared store says another replica used the budget', async () => {
    const cache = counted();
    const other = { ...cache }; // a second process: same store, its own local windows
    for (let i = 0; i < 3; i++) expect((await hitRateLimit('shared', 3, 60, other, opts)).allowed).toBe(true);
    expect((await hitRateLimit('shared', 3, 60, cache, opts)).allowed).toBe(false);
    const trips = cache.trips;
    expect((await hitRateLimit('shared', 3, 60, cache, opts)).allowed).toBe(false);
    expect(cache.trips).toBe(trips); // answered without a round trip
  });

  it('counts several budgets in one round trip; the tightest decides', async () => {
    const cache = counted();
    const budgets = [
      { key: 'wide', limit: 10, windowSeconds: 60 },
      { key: 'narrow', limit: 2, windowSeconds: 30 },
    ];
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await hitRateLimits(budgets, cache, opts));
    expect(cache.trips).toBe(2); // the third was refused by the local window of `narrow`
    expect(results.map((r) => [r.allowed, r.limit, r.remaining])).toEqual([
      [true, 2, 1],
      [true, 2, 0],
      [false, 2, 0],
    ]);
    // `wide` was still counted by the refused attempt.
    expect((await hitRateLimit('wide', 10, 60, cache, opts)).remaining).toBe(6);
  });

  it('gives up on a slow store after the timeout: open allows within the local count, closed refuses', async () => {
    const open = await hitRateLimit('slow', 5, 60, counted(200), { ...opts, timeoutMs: 20 });
    expect(open).toMatchObject({ allowed: true, degraded: true, remaining: 4 });
    const closed = await hitRateLimit('slow', 5, 60, counted(200), { ...opts, timeoutMs: 20, onCacheFailure: 'closed' });
    expect(closed).toMatchObject({ allowed: false, degraded: true });
  });

  it('needs a budget', async () => {
    await expect(hitRateLimits([], counted(), opts)).rejects.toThrow(/at least one budget/);
  });
});

describe('combineDecisions', () => {
  it('reports a refused budget over an allowed one, and the longest wait among the refused', () => {
    const a = rateLimitDecision(1, 50_000, 10, 60);
    const b = rateLimitDecision(4, 20_000, 3, 60);
    const c = rateLimitDecision(9, 40_000, 3, 60);
    expect(combineDecisions([a, b, c])).toMatchObject({ allowed: false, limit: 3, remaining: 0, resetSeconds: 40 });
    expect(combineDecisions([a, rateLimitDecision(1, 1_000, 2, 60)])).toMatchObject({ allowed: true, remaining: 1 });
  });
});
