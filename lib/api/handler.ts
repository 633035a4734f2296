// The wrapper every route handler goes through: request id in and out, one JSON log line, a
// duration observation, and errors turned into the envelope (unknown ones into a bare 500).
import { NextResponse } from 'next/server';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { sqlState } from '@/lib/events/errors';
import { logger } from '@/lib/log';
import { metrics } from '@/lib/metrics';
import { ApiError, errorBody } from './errors';
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
      const known = err instanceof ApiError ? err : toApiError(err);
      if (!known) log.error({ err }, 'unhandled error');
      const apiErr = known ?? new ApiError('internal', 'Something went wrong; quote the request id when reporting it.');
      res = NextResponse.json(errorBody(apiErr, requestId), { status: apiErr.status });
    }
    res = withHeader(res, 'x-request-id', requestId);
    const seconds = (performance.now() - started) / 1000;
    metrics().httpDuration.observe({ route, method: req.method, status: String(res.status) }, seconds);
    log.info({ method: req.method, status: res.status, ms: Math.round(seconds * 1000) }, 'request');
    return res;
  };
}

/** Domain errors that carry a code from the table become that error; anything else is unknown. */
function toApiError(err: unknown): ApiError | null {
  if (!(err instanceof Error)) return null;
  const code = (err as { code?: unknown }).code;
  if (code === 'stream_conflict') {
    const e = err as Error & { stream: string; currentSeq: number; expectedSeq: number };
    return new ApiError('stream_conflict', e.message, {
      stream: e.stream,
      current_seq: e.currentSeq,
      expected_seq: e.expectedSeq,
    });
  }
  if (code === 'event_id_conflict') return new ApiError('event_id_conflict', err.message);
  if (code === 'rule_violation') return new ApiError('rule_violation', err.message);
  if (code === 'conflict') return new ApiError('conflict', err.message);
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ location: 'body', path: i.path.map(String).join('.'), message: i.message }));
    return new ApiError('validation_failed', 'The request is invalid.', details);
  }
  // Class 22 (data exception: NUL bytes, bad encodings, out-of-range values) is the caller's input.
  if (sqlState(err)?.startsWith('22')) return new ApiError('bad_request', 'The request holds a value the database cannot store.');
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
