// The wrapper every route handler goes through: request id in and out, one JSON log line, a
// duration observation, and errors turned into the envelope (unknown ones into a bare 500).
import { NextResponse } from 'next/server';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { isConnectionLost, sqlState } from '@/lib/db/errors';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/log';
import { metrics } from '@/lib/metrics';
import { ApiError, errorBody, errorStatus } from './errors';
import { requestIdFrom } from './request-id';

export interface HandlerContext<P> {
  req: Request;
  params: P;
  requestId: string;
  log: Logger;
}

type RouteContext<P> = { params: Promise<P> };

export function withRoute<P = Record<string, never>>(
  route: string,
  handler: (ctx: HandlerContext<P>) => Promise<Response>,
): (req: Request, context: RouteContext<P>) => Promise<Response> {
  return async (req, context) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers);
    const log = logger().child({ requestId, route });
    let res: Response;
    try {
      const params = (await context?.params) ?? ({} as P);
      res = await handler({ req, params, requestId, log });
    } catch (err) {
      const known = toDomainError(err);
      if (!known) log.error({ err }, 'unhandled error');
      res = errorResponse(
        known ?? new DomainError('internal', 'Something went wrong; quote the request id when reporting it.'),
        requestId,
      );
    }
    res = withHeader(res, 'x-request-id', requestId);
    const seconds = (performance.now() - started) / 1000;
    metrics().httpDuration.observe({ route, method: req.method, status: String(res.status) }, seconds);
    log.info({ method: req.method, status: res.status, ms: Math.round(seconds * 1000) }, 'request');
    return res;
  };
}

/**
 * The one place an error becomes a response: the envelope, with the status from the code table and
 * the error's own headers (Retry-After) over `headers`.
 */
export function errorResponse(err: DomainError, requestId: string, headers?: Record<string, string>): Response {
  const res = NextResponse.json(errorBody(err, requestId), { status: errorStatus[err.code] });
  const own = err instanceof ApiError ? err.headers : undefined;
  for (const [name, value] of Object.entries({ ...headers, ...own })) res.headers.set(name, value);
  return res;
}

/** What the caller should hear about `err`, or null when it is a bug (a bare 500). */
export function toDomainError(err: unknown): DomainError | null {
  if (err instanceof DomainError) return err;
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ location: 'body', path: i.path.map(String).join('.'), message: i.message }));
    return new DomainError('validation_failed', 'The request is invalid.', details);
  }
  // Class 22 (data exception: NUL bytes, bad encodings, out-of-range values) is the caller's input.
  if (sqlState(err)?.startsWith('22'))
    return new DomainError('bad_request', 'The request holds a value the database cannot store.');
  // A killed or restarting database is not the caller's fault and not a bug: retry shortly.
  if (isConnectionLost(err)) {
    return new ApiError('not_ready', 'The database connection was lost; retry shortly.', undefined, { 'Retry-After': '1' });
  }
  return null;
}

/** Redirects and fetched responses have immutable headers: copy those before adding one. */
function withHeader(res: Response, name: string, value: string): Response {
  try {
    res.headers.set(name, value);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    copy.headers.set(name, value);
    return copy;
  }
}
