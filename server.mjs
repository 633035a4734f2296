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

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
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
server.on('upgrade', app.getUpgradeHandler());
server.listen(port, hostname, () => {
  console.log(`> Statline ready on http://${hostname ?? 'localhost'}:${port}`);
});
