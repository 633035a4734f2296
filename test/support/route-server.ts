// A real HTTP server in front of one catch-all route handler (`app/…/[[...path]]/route.ts`), so a
// test can point an HTTP client library (an SDK with its own request code) at it as at a deployment.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

type CatchAll = (req: Request, ctx: { params: Promise<{ path?: string[] }> }) => Promise<Response>;

export interface RouteServer {
  /** http://127.0.0.1:PORT followed by the prefix the handler serves. */
  baseUrl: string;
  close(): Promise<void>;
}

export async function serveCatchAll(prefix: string, handlers: { GET: CatchAll }): Promise<RouteServer> {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method !== 'GET' || !(url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))) {
        res.writeHead(req.method === 'GET' ? 404 : 405).end();
        return;
      }
      const path = url.pathname.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers });
      const response = await handlers.GET(request, { params: Promise.resolve({ path: path.length ? path : undefined }) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (err) {
      res.writeHead(599).end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
