// Graceful SIGTERM: the app reports not-ready while it drains, ends event streams with a retry hint,
// and exits as soon as nothing is in flight — never later than the grace period plus the bounded
// close of its pools. Times are measured from the signal to the process's exit.
import { expect, test } from '@playwright/test';
import { type AppProcess, spawnApp, waitUntilUp } from './support/app-process';
import { openLiveStream } from './support/live-stream';

// The pools' close is bounded to 1 s (lib/ops/shutdown.ts); the rest is the process tearing down.
const CLOSE_ALLOWANCE_MS = 1000;

/** Resolves with the exit code and when it happened, or 'timeout' after `ms`. */
async function exitOf(app: AppProcess, ms: number): Promise<{ code: number | null; at: number } | 'timeout'> {
  const exited = app.exited.then((code) => ({ code, at: performance.now() }));
  return Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);
}

test('SIGTERM turns /api/ready to 503 during the drain, then exits 0 within the grace period', async () => {
  const grace = 2500;
  const app = await spawnApp({ SHUTDOWN_GRACE_MS: String(grace) });
  try {
    await waitUntilUp(app.url);
    expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
    const sent = performance.now();
    app.child.kill('SIGTERM');
    const exit = exitOf(app, grace + 10_000);
    await expect.poll(async () => (await fetch(`${app.url}/api/ready`)).status, { timeout: 2000 }).toBe(503);
    const body = await (await fetch(`${app.url}/api/ready`)).json();
    expect(body).toMatchObject({ status: 'not_ready', shutting_down: true });
    // In-flight and new requests are still answered while draining.
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
    const result = await exit;
    expect(result).not.toBe('timeout');
    if (result === 'timeout') return;
    expect(result.code).toBe(0);
    const ms = Math.round(result.at - sent);
    test.info().annotations.push({ type: 'SIGTERM → exit', description: `${ms} ms (grace ${grace} ms)` });
    expect(ms).toBeLessThan(grace + CLOSE_ALLOWANCE_MS);
  } finally {
    await app.stop();
  }
});

test('SIGTERM with an event stream open: the stream ends at once and the process exits well within the grace period', async () => {
  const grace = 5000;
  const app = await spawnApp({ SHUTDOWN_GRACE_MS: String(grace) });
  try {
    await waitUntilUp(app.url);
    const res = await openLiveStream(app.url);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    // The replay of the game so far: the stream is open and serving before the signal.
    while (!text.includes('\nid: ') && !text.startsWith('id: ')) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`stream ended before any event: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toMatch(/^retry: \d+/);
    const streamEnded = (async () => {
      for (;;) {
        const { done } = await reader.read().catch(() => ({ done: true }));
        if (done) return performance.now();
      }
    })();

    const sent = performance.now();
    app.child.kill('SIGTERM');
    const ended = await Promise.race([streamEnded, new Promise<'open'>((r) => setTimeout(() => r('open'), grace + 5000))]);
    expect(ended).not.toBe('open');
    const result = await exitOf(app, grace + 10_000);
    expect(result).not.toBe('timeout');
    if (ended === 'open' || result === 'timeout') return;
    expect(result.code).toBe(0);
    const streamMs = Math.round(ended - sent);
    const exitMs = Math.round(result.at - sent);
    test
      .info()
      .annotations.push(
        { type: 'SIGTERM → stream ended', description: `${streamMs} ms` },
        { type: 'SIGTERM → exit', description: `${exitMs} ms (grace ${grace} ms)` },
      );
    console.log(`SIGTERM → stream ended ${streamMs} ms, → exit ${exitMs} ms (grace ${grace} ms)`);
    // Ended by the shutdown hook, not by the process going away.
    expect(streamMs).toBeLessThan(1000);
    expect(exitMs).toBeLessThan(grace + CLOSE_ALLOWANCE_MS);
    // Nothing was left in flight once the stream ended, so the grace period is not waited out.
    expect(exitMs).toBeLessThan(grace);
  } finally {
    await app.stop();
  }
});
