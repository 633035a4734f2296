import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeat } from './repeat';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('repeat', () => {
  it('waits the delay each run returns, and stopping waits for the run in flight', async () => {
    const starts: number[] = [];
    let finish: (() => void) | undefined;
    const stop = repeat(async () => {
      starts.push(Date.now());
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      return starts.length * 100;
    }, 50);
    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(50);
    expect(starts).toEqual([t0 + 50]);
    // A run still going: no second run starts, however long it takes.
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts).toHaveLength(1);
    finish?.();
    await vi.advanceTimersByTimeAsync(100);
    expect(starts).toEqual([t0 + 50, t0 + 1150]);
    let stopped = false;
    const stopping = stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish?.();
    await stopping;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(starts).toHaveLength(2);
  });
});
