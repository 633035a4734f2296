// A real HTTP server in front of route handlers and the sign-in check, stamped as start-up stamps
// production requests (lib/auth/peer-address.ts), so a test's requests arrive from a real TCP peer:
// any 127.x.y.z address on Linux loopback, chosen per request with `from`.
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authOptions } from '../../lib/auth/options';
import { installPeerAddressStamp } from '../../lib/auth/peer-address';

// biome-ignore lint/suspicious/noExplicitAny: route handlers differ only in their params' type
type Handler = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;
type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

export interface PeerServer {
  /** Calls `path` from the TCP address `from` with the given (possibly forged) headers. */
  fetch(
    from: string,
    path: string,
    init?: { method?: string; headers?: Record<string, string>; body?: unknown },
  ): Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>;
  /** A credentials sign-in from `from`: the user's id, 'CredentialsSignin' for a wrong password, or the refusal. */
  signIn(from: string, email: string, password: string, headers?: Record<string, string>): Promise<string>;
  close(): Promise<void>;
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** `routes` maps a path to the handler that serves it; POST /_sign-in runs next-auth's authorize() as its route would. */
export async function startPeerServer(routes: Record<string, Handler>): Promise<PeerServer> {
  installPeerAddressStamp();
  const server = createServer(async (req, res) => {
    try {
      const headers = headerRecord(req);
      const body = await readBody(req);
      if (req.url === '/_sign-in') {
        // next-auth hands authorize() the request's headers as a plain object (next/headers).
        const authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
        const outcome = await authorize(JSON.parse(body), { headers }).then(
          (user) => (user ? (user as { id: string }).id : 'CredentialsSignin'),
          (err: Error) => err.message,
        );
        res.end(outcome);
        return;
      }
      const handler = routes[req.url ?? ''];
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      const request = new Request(`http://localhost${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      });
      const response = await handler(request, { params: Promise.resolve({}) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(await response.text());
    } catch (err) {
      res.writeHead(599).end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const send: PeerServer['fetch'] = (from, path, init = {}) =>
    new Promise((resolve, reject) => {
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path,
          method: init.method ?? 'GET',
          localAddress: from,
          agent: false,
          headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...init.headers },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  return {
    fetch: send,
    async signIn(from, email, password, headers = {}) {
      return (await send(from, '/_sign-in', { method: 'POST', headers, body: { email, password } })).body;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
