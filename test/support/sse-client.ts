// The one Server-Sent Events client of the tests: calls a stream route handler directly and parses
// its frames as they arrive.
import { viewerCount } from '../../lib/events/fanout';

export interface Frame {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
  retry?: string;
}
/** A frame that carries an event (it has an id), with its data parsed. */
// biome-ignore lint/suspicious/noExplicitAny: each stream's data has its own shape; tests read what they assert
export type EventFrame = Frame & { id: string; json: any };

type StreamHandler = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;

export async function openStream(handler: StreamHandler, path: string, id: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const req = new Request(`http://localhost${path}`, { headers, signal: controller.signal });
  const res = await handler(req, { params: Promise.resolve({ id }) });
  const frames: Frame[] = [];
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        frames.push(parseFrame(buffer.slice(0, end)));
        buffer = buffer.slice(end + 2);
      }
    }
  })();
  const events = (): EventFrame[] =>
    frames.flatMap((f) => (f.id === undefined ? [] : [{ ...f, id: f.id, json: JSON.parse(f.data ?? '{}') }]));
  return {
    res,
    frames,
    events,
    /** The events so far once there are `n` of them, or when `ms` have passed (the caller's expect then says what is missing). */
    async waitFor(n: number, ms = 5000): Promise<EventFrame[]> {
      const until = Date.now() + ms;
      while (events().length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      return events();
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}

function parseFrame(text: string): Frame {
  const frame: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) frame.comment = line.slice(1).trim();
    else {
      const i = line.indexOf(':');
      if (i > 0) frame[line.slice(0, i)] = line.slice(i + 1).trimStart();
    }
  }
  return frame;
}

/**
 * Resolves once `n` viewers of `stream` in this process listen for live events. A viewer reads where
 * to resume before it listens, so an event appended after this is one it will get.
 */
export async function viewersListening(stream: string, n: number, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (viewerCount(stream) < n) {
    if (Date.now() > until) throw new Error(`${stream}: ${viewerCount(stream)} of ${n} viewers listening after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
