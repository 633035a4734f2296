import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHeapReleaser } from './heap-release';

describe('createHeapReleaser', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects once after many closes, when closing has stopped', () => {
    const collect = vi.fn();
    const releaser = createHeapReleaser({ churn: 3, quietMs: 1000, collect });
    releaser.closed();
    releaser.closed();
    vi.advanceTimersByTime(5000);
    expect(collect).not.toHaveBeenCalled();
    releaser.closed();
    vi.advanceTimersByTime(900);
    // Still closing: the collection waits for quiet.
    releaser.closed();
    vi.advanceTimersByTime(900);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('starts counting again after a collection', () => {
    const collect = vi.fn();
    const releaser = createHeapReleaser({ churn: 2, quietMs: 100, collect });
    releaser.closed();
    releaser.closed();
    vi.advanceTimersByTime(100);
    releaser.closed();
    vi.advanceTimersByTime(1000);
    expect(collect).toHaveBeenCalledTimes(1);
  });
});
