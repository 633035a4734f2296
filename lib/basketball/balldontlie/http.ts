// What a balldontlie client sends and expects that /api/v1 does differently: the key alone in
// Authorization (balldontlie's own form) and errors whose `error` is the message (its SDK shows
// `body.error` as the error's text, so Statline's `{ error: { code, message } }` would read
// "[object Object]").
import { normalizeArrayParams } from './params';

/** The request as /api/v1's wrapper reads it: `Bearer <key>`, and arrays as `name[]`. */
export function asApiRequest(req: Request): Request {
  const headers = new Headers(req.headers);
  const auth = headers.get('authorization')?.trim();
  if (auth && !/^bearer\s/i.test(auth)) headers.set('authorization', `Bearer ${auth}`);
  return new Request(normalizeArrayParams(new URL(req.url)), { method: req.method, headers, signal: req.signal });
}

/** An error response with balldontlie's `{ error: "<message>" }`, keeping Statline's code, details and request id beside it. */
export async function withFlatError(res: Response): Promise<Response> {
  if (res.status < 400 || !res.headers.get('content-type')?.includes('json')) return res;
  const body = (await res.json()) as { error?: { code?: string; message?: string; details?: unknown; requestId?: string } };
  const e = body.error;
  const flat = e && typeof e === 'object' ? { error: e.message, code: e.code, details: e.details, requestId: e.requestId } : body;
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(flat), { status: res.status, headers });
}
