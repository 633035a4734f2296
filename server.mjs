// The production server: Next.js behind a plain Node HTTP server (`npm run serve`, `npm start`).
// It exists for one reason the profile of a 2,000-viewer game gave (issue 15): a route handler's
// stream costs a web-stream read, a promise and a write per chunk per viewer, which saturated the
// process long before the sockets did. So for a live stream the Node response is handed to the app
// (lib/events/raw-response.ts): the route handler still does auth, rate limits and the SSE contract,
// and then writes each shared frame straight to the socket. Everything else is Next.js as usual.
import { createServer } from 'node:http';

process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');

/** `-p 3000` / `--port=3000` / `-H 0.0.0.0`, as `next start` takes them, else $PORT. */
function option(names, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    if (names.includes(flag)) return inline ?? args[i + 1];
  }
  return fallback;
}

const port = Number(option(['-p', '--port'], process.env.PORT ?? '3000'));
// Not $HOSTNAME: containers set it to their own name, which is not an address to listen on.
const hostname = option(['-H', '--hostname'], undefined);
// Only the stream endpoints get a hand-off; a client cannot name one (the header is replaced).
const STREAM_PATH = /^\/api\/v\d+\/.+\/stream(?:\?|$)/;
const HEADER = 'x-statline-raw-response';
const KEY = Symbol.for('statline.rawResponses');
globalThis[KEY] ??= new Map();
const handedOff = globalThis[KEY];
let nextId = 0;

// Until Next.js is prepared (its start-up hook opens and migrates the database and, on a new
// embedded one, loads the demo data: a minute on a first start), every request is answered at once
// with what is happening (lib/ops/startup-progress.ts) instead of waiting or being refused.
const STARTUP = Symbol.for('statline.startup');
let handle = null;

function startingText() {
  const { step, percent } = globalThis[STARTUP] ?? { step: 'starting', percent: null };
  return { step, percent, text: `Statline is starting: ${step}${percent === null ? '' : `, ${percent}%`}…` };
}

function answerStarting(req, res) {
  const { percent, text } = startingText();
  const headers = { 'Retry-After': '2', 'Cache-Control': 'no-store' };
  if ((req.url ?? '').startsWith('/api/')) {
    res.writeHead(503, { ...headers, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'starting', message: text } }));
    return;
  }
  const escaped = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  res.writeHead(503, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="2"><title>Starting · Statline</title>
<style>body{font:16px system-ui,sans-serif;margin:20vh auto;max-width:32rem;padding:0 1rem;color:#18181b}progress{width:100%}</style></head>
<body><h1>Statline is starting</h1><p data-testid="starting">${escaped}</p>
<progress max="100"${percent === null ? '' : ` value="${percent}"`}></progress><p>This page reloads itself.</p></body></html>`);
}

const server = createServer((req, res) => {
  if (!handle) return answerStarting(req, res);
  delete req.headers[HEADER];
  if (req.method === 'GET' && STREAM_PATH.test(req.url ?? '')) {
    const id = String(++nextId);
    handedOff.set(id, res);
    req.headers[HEADER] = id;
    res.once('close', () => handedOff.delete(id));
  }
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// Idle keep-alive sockets stay open longer than load balancers keep theirs (60 s on the common ones):
// with Node's 5 s default, a proxy or client that reuses a socket the app has just closed gets a
// reset instead of an answer.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
await new Promise((resolve) => server.listen(port, hostname, resolve));
console.log(`> Statline starting on http://${hostname ?? 'localhost'}:${port}`);
const app = next({ dev: false, hostname, port });
await app.prepare();
server.on('upgrade', app.getUpgradeHandler());
handle = app.getRequestHandler();
console.log(`> Statline ready on http://${hostname ?? 'localhost'}:${port}`);
