// The /api/v1 wrapper: caller → rate limit → authentication and permission → zod parsing → handler →
// output check → audit row (writes) → `{ data, meta? }`. Every v1 route is `apiRoute(contract, handler)`;
// none can skip a step.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { clientIp } from '@/lib/auth/client-ip';
import { authorize, mayDo, type Target } from '@/lib/auth/permissions';
import { type Principal, type PrincipalUser, resolvePrincipal } from '@/lib/auth/principal';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { auditedWrite, auditSpecOf } from './audited-write';
import type { Contract } from './contract';
import { corsHeaders } from './cors';
import { crossSiteReason } from './csrf';
import { ApiError } from './errors';
import { errorResponse, toDomainError, withRoute } from './handler';
import { parseOrThrow, queryObject, readJsonBody } from './parse';
import { applyRateLimit, type RateLimitHeaders } from './rate-limit';

export interface ApiContext<P, Q, B> {
  req: Request;
  db: Db;
  requestId: string;
  log: Logger;
  ip: string | null;
  principal: Principal;
  /** The signed-in user (set whenever the contract's auth is 'user'). */
  user: PrincipalUser;
  params: P;
  query: Q;
  body: B;
  /** Ownership check through the one permission table; throws 403 when refused. */
  authorize(target: Target): Promise<void>;
}

export interface ApiResult<R> {
  data: R;
  /** Answer this response as it is (event streams); `data` is then ignored. */
  raw?: Response;
  meta?: Record<string, unknown>;
  headers?: Record<string, string>;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export function apiRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  contract: Contract<P, Q, B, R>,
  handler: (ctx: ApiContext<Out<P>, Out<Q>, Out<B>>) => Promise<ApiResult<z.input<R>> | null>,
) {
  const audit = auditSpecOf(contract as Contract);
  return withRoute<Record<string, string>>(contract.path, async ({ req, params: rawParams, requestId, log }) => {
    let limits: RateLimitHeaders = corsHeaders(req.headers.get('origin'), env().CORS_ORIGINS);
    try {
      const db = await getDb().catch((err) => {
        log.error({ err }, 'database unavailable');
        throw new ApiError('not_ready', 'The service is starting or its database is unreachable; retry shortly.', undefined, {
          'Retry-After': '5',
        });
      });
      const ip = clientIp(req.headers);
      const principal = await resolvePrincipal(db, req.headers);
      limits = { ...limits, ...(await applyRateLimit(contract, principal, ip)) };
      if (principal.kind === 'session') {
        const crossSite = crossSiteReason(req, env().NEXTAUTH_URL);
        if (crossSite) throw new ApiError('forbidden', `Refused a signed-in write from another site (${crossSite}).`);
      }
      const user = checkAccess(contract, principal);
      if (user && contract.permission && !(await mayDo(db, user, contract.permission))) {
        throw new ApiError('forbidden', 'Your role may not do this.');
      }
      const params = contract.params ? parseOrThrow(contract.params, rawParams, 'params') : undefined;
      const query = contract.query
        ? parseOrThrow(contract.query, queryObject(new URL(req.url).searchParams), 'query')
        : undefined;
      const body = contract.body ? parseOrThrow(contract.body, await readJsonBody(req), 'body') : undefined;
      const ctx = {
        req,
        db,
        requestId,
        log,
        ip,
        principal,
        user: user as PrincipalUser,
        params,
        query,
        body,
        async authorize(target: Target) {
          if (!contract.permission || !user) throw new ApiError('forbidden', 'Not allowed.');
          if (!(await authorize(db, user, contract.permission, target))) {
            throw new ApiError('forbidden', 'You may not do this to that resource.');
          }
        },
      } as ApiContext<Out<P>, Out<Q>, Out<B>>;
      const result = audit
        ? await auditedWrite(audit, { db, principal, requestId, ip, log, params }, () => handler(ctx))
        : await handler(ctx);
      const status = contract.status ?? 200;
      if (status === 204 || result === null) return withHeaders(new Response(null, { status: 204 }), limits);
      if (result.raw) return withHeaders(result.raw, limits);
      // Outside production the response must match its documented schema: drift fails tests loudly.
      if (contract.response && env().NODE_ENV !== 'production') contract.response.parse(result.data);
      const json = JSON.stringify({ data: result.data, ...(result.meta ? { meta: result.meta } : {}) });
      const headers: Record<string, string> = { 'content-type': 'application/json', ...limits, ...result.headers };
      if (contract.cacheSeconds && contract.method === 'GET') {
        // Public data: a validator and a short shared-cache lifetime; an unchanged body is a 304.
        const etag = `W/"${createHash('sha1').update(json).digest('base64url')}"`;
        headers.etag = etag;
        // A handler that answers per viewer (a members-only league) sets its own, private, policy.
        headers['cache-control'] ??=
          `public, max-age=${contract.cacheSeconds}, stale-while-revalidate=${contract.cacheSeconds * 5}`;
        if (matchesEtag(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
      }
      // A known length lets Next's compression skip answers under 1 KB (a play's is ~400 bytes),
      // where gzip cost more CPU than the bytes it saved.
      headers['content-length'] = String(Buffer.byteLength(json));
      return new Response(json, { status, headers });
    } catch (err) {
      // Answered here rather than in withRoute so the response keeps the CORS and rate-limit headers.
      const known = toDomainError(err);
      if (!known) throw err;
      return errorResponse(known, requestId, limits);
    }
  });
}

/** Authentication and API-key scope, in that order. Returns the user when there is one. */
function checkAccess(contract: Contract, principal: Principal): PrincipalUser | undefined {
  if (principal.kind === 'anonymous') {
    if (contract.auth === 'user') throw new ApiError('unauthorized', 'Sign in or send an API key.');
    return undefined;
  }
  if (principal.kind === 'api-key') {
    if (contract.sessionOnly) throw new ApiError('forbidden', 'This endpoint needs a signed-in session, not an API key.');
    if (contract.scope === 'write' && principal.scope !== 'write') {
      throw new ApiError('forbidden', 'This API key is read-only; create a write key for this endpoint.');
    }
  }
  return principal.user;
}

function withHeaders(res: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });
}
