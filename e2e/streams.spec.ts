// The production server (server.mjs) hands a stream request's Node response to the route, which then
// writes each shared frame straight to the socket (issue 15). The same SSE contract as before, and a
// client cannot pick which response it gets: the hand-off header it sends is replaced.
import { expect, test } from '@playwright/test';
import { openLiveStream, readUntil } from './support/live-stream';

async function directStreams(baseURL: string): Promise<number> {
  const text = await (await fetch(`${baseURL}/api/metrics`)).text();
  return Number(/^sse_clients\{transport="direct"\} (\d+)$/m.exec(text)?.[1] ?? 0);
}

test('live event streams go straight to the socket, with the retry hint, ids and resume', async ({ baseURL }) => {
  const url = baseURL as string;
  const before = await directStreams(url);
  const res = await openLiveStream(url, { 'x-statline-raw-response': '1' });
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
  const { text, reader } = await readUntil(res, (t) => /^id: 2$/m.test(t));
  expect(text).toMatch(/^retry: \d+\n\n/);
  expect([...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])).slice(0, 2)).toEqual([1, 2]);
  await expect.poll(() => directStreams(url)).toBe(before + 1);
  await reader.cancel();
  await expect.poll(() => directStreams(url)).toBe(before);

  // Resuming after id 1 starts at 2.
  const resumed = await openLiveStream(url, { 'last-event-id': '1' });
  const again = await readUntil(resumed, (t) => /^id: \d+$/m.test(t));
  expect(/^id: (\d+)$/m.exec(again.text)?.[1]).toBe('2');
  await again.reader.cancel();
});
