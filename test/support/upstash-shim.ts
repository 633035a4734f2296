// A local stand-in for the Upstash REST API in front of a real Redis, so the @upstash/redis
// driver runs the same contract tests. Wire format matched to @upstash/redis 1.39's dist:
// POST / (one command), /pipeline, /multi-exec, and POST /subscribe/<channel> as SSE lines
// "data: subscribe,<ch>,<n>" / "data: message,<ch>,<payload>".
import http from 'node:http';
import type net from 'node:net';
import { createClient, ErrorReply, MultiErrorReply } from 'redis';

export interface UpstashShim {
  url: string;
  token: string;
  close(): Promise<void>;
}

type Reply = { result: unknown } | { error: string };

export async function startUpstashShim(options: { redisUrl: string; token?: string }): Promise<UpstashShim> {
  const token = options.token ?? `test-token-${Math.random().toString(36).slice(2)}`;
  const redis = createClient({ url: options.redisUrl, disableOfflineQueue: true });
  redis.on('error', () => {}); // outages are reported per request
  await redis.connect();
  const subscriber = redis.duplicate();
  subscriber.on('error', () => {});
  let subscriberReady: Promise<unknown> | undefined;
  const streams = new Set<http.ServerResponse>();

  const run = async (cmd: unknown[]): Promise<Reply> => {
    try {
      return { result: await redis.sendCommand(cmd.map(String)) };
    } catch (err) {
      if (err instanceof ErrorReply) return { error: err.message };
      throw err;
    }
  };

  const multiExec = async (cmds: unknown[][]): Promise<Reply[]> => {
    const multi = redis.multi();
    for (const c of cmds) multi.addCommand(c.map(String));
    let replies: unknown[];
    try {
      replies = await multi.exec();
    } catch (err) {
      if (!(err instanceof MultiErrorReply)) throw err;
      replies = err.replies;
    }
    return replies.map((r) => (r instanceof ErrorReply ? { error: r.message } : { result: r }));
  };

  const subscribe = async (channel: string, req: http.IncomingMessage, res: http.ServerResponse) => {
    subscriberReady ??= subscriber.connect();
    await subscriberReady;
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.flushHeaders();
    streams.add(res);
    const listener = (message: string) => res.write(`data: message,${channel},${message}\n\n`);
    // Registered before SUBSCRIBE so a client that leaves mid-handshake still gets cleaned up.
    res.once('close', () => {
      streams.delete(res);
      if (subscriber.isOpen) subscriber.unsubscribe(channel, listener).catch(() => {});
    });
    await subscriber.subscribe(channel, listener);
    res.write(`data: subscribe,${channel},1\n\n`);
    req.resume();
  };

  const server = http.createServer(async (req, res) => {
    try {
      if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'Unauthorized' });
      const path = new URL(req.url ?? '/', 'http://shim').pathname;
      if (path.startsWith('/subscribe/')) return await subscribe(decodeURIComponent(path.slice('/subscribe/'.length)), req, res);
      const body = JSON.parse((await readBody(req)) || 'null');
      const b64 = req.headers['upstash-encoding'] === 'base64';
      const out = (r: Reply) => ('result' in r && b64 ? { result: encode(r.result) } : r);
      if (path === '/') {
        const reply = await run(body);
        return send(res, 'error' in reply ? 400 : 200, out(reply));
      }
      if (path === '/pipeline') return send(res, 200, (await Promise.all((body as unknown[][]).map(run))).map(out));
      if (path === '/multi-exec') return send(res, 200, (await multiExec(body)).map(out));
      return send(res, 404, { error: `unknown path ${path}` });
    } catch (err) {
      if (!res.headersSent) send(res, err instanceof ErrorReply ? 400 : 500, { error: String((err as Error).message ?? err) });
      else res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    async close() {
      // End SSE streams cleanly first: an aborted stream makes the SDK log "Stream reading error".
      for (const res of streams) res.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const c of [subscriber, redis]) if (c.isOpen) c.destroy();
    },
  };
}

/** Upstash-Encoding: base64 – every string is base64 except the status reply "OK", as the SDK expects. */
function encode(value: unknown): unknown {
  if (typeof value === 'string') return value === 'OK' ? value : Buffer.from(value, 'utf8').toString('base64');
  if (Array.isArray(value)) return value.map(encode);
  return value;
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
