// Serves a stream route the way the production server does: server.mjs hands the Node response to the
// app, and Next.js sends the route's Response (status, headers, then each body chunk with
// flushHeaders + write, as next/dist/server/send-response.js and pipe-readable.js do). The server is
// Node's real HTTP server; only the connection is in memory, so the test decides when the client
// reads: "a client that stops reading" is then exact, with no kernel socket buffers (megabytes on
// loopback) absorbing what the server writes.
import { createServer, type ServerResponse } from 'node:http';
import { Duplex } from 'node:stream';
import { RAW_RESPONSE_HEADER, rawResponses } from '../../lib/events/raw-response';

type StreamHandler = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;

/** Sends `response` on `res` as Next.js does. */
async function send(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const closed = new Promise<void>((resolve) => res.once('close', resolve));
  closed.then(() => reader.cancel().catch(() => {}));
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (done) break;
    res.flushHeaders();
    if (!res.write(value)) await Promise.race([new Promise((r) => res.once('drain', r)), closed]);
  }
  if (!res.writableFinished) res.end();
}

export interface DirectClient {
  /** The body as received so far (chunked transfer decoded). */
  text(): string;
  /** Event ids received, in order. */
  ids(): number[];
  status(): number;
  headers(): string;
  /** Stops taking bytes: what the server writes from now on waits in its buffers. */
  stopReading(): void;
  /** Takes bytes again, and everything that waited. */
  read(): void;
  /** Resolves once `check` holds (or after `ms`; the caller's expect then says what is missing). */
  until(check: () => boolean, ms?: number): Promise<void>;
  /** Hangs up. */
  close(): void;
}

/** Opens `path` on a Node HTTP server that hands its response to `handler`, as server.mjs does. */
export function openDirect(handler: StreamHandler, path: string, id: string, headers: Record<string, string> = {}): DirectClient {
  const registry = rawResponses();
  let handoffs = 0;
  const server = createServer((req, res) => {
    const key = `test-${++handoffs}-${Math.random()}`;
    registry.set(key, res);
    res.once('close', () => registry.delete(key));
    const aborted = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) aborted.abort();
    });
    const request = new Request(`http://localhost${req.url}`, {
      headers: { ...(req.headers as Record<string, string>), [RAW_RESPONSE_HEADER]: key },
      signal: aborted.signal,
    });
    handler(request, { params: Promise.resolve({ id }) })
      .then((response) => send(response, res))
      .catch(() => res.destroy());
  });

  let raw = Buffer.alloc(0);
  let reading = true;
  const waiting: (() => void)[] = [];
  const connection = new Duplex({
    write(chunk: Buffer, _encoding, done) {
      raw = Buffer.concat([raw, chunk]);
      if (reading) done();
      else waiting.push(() => done());
    },
    read() {},
  });
  server.emit('connection', connection);
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  connection.push(`GET ${path} HTTP/1.1\r\nhost: localhost\r\n${head.join('')}\r\n`);

  const split = () => {
    const text = raw.toString('latin1');
    const end = text.indexOf('\r\n\r\n');
    return end < 0 ? { head: text, body: '' } : { head: text.slice(0, end), body: text.slice(end + 4) };
  };
  const text = () => {
    let rest = split().body;
    let out = '';
    for (;;) {
      const line = rest.indexOf('\r\n');
      if (line < 0) break;
      const size = Number.parseInt(rest.slice(0, line), 16);
      if (!(size > 0) || rest.length < line + 2 + size + 2) break;
      out += rest.slice(line + 2, line + 2 + size);
      rest = rest.slice(line + 2 + size + 2);
    }
    return Buffer.from(out, 'latin1').toString('utf8');
  };
  return {
    text,
    ids: () => [...text().matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])),
    status: () => Number(/^HTTP\/1\.1 (\d+)/.exec(split().head)?.[1] ?? 0),
    headers: () => split().head,
    stopReading() {
      reading = false;
    },
    read() {
      reading = true;
      for (const done of waiting.splice(0)) done();
    },
    async until(check, ms = 5000) {
      const deadline = Date.now() + ms;
      while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    },
    close() {
      connection.destroy();
      server.close();
    },
  };
}
