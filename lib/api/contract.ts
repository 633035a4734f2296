// A route's contract: the one description used to parse requests, check output and write OpenAPI.
import type { z } from 'zod';
import type { Action } from '@/lib/auth/permissions';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The audit row of a successful write: its action and what it acted on. Lib code that writes the row
 * in its own transaction uses the same action; the wrapper writes it otherwise.
 */
export interface AuditSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  /** e.g. golf-round.create: the noun, then what happened to it. */
  action: string;
  target?: {
    /** e.g. golf_round: the kind of thing, as the rows written in lib code name it. */
    type: string;
    /** Its id, from the path parameters or the response (absent when nothing answers it). */
    id: (params: z.output<P>, data: z.input<R>) => string | number | null | undefined;
  };
}

export interface Contract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** OpenAPI path, e.g. /api/v1/api-keys/{id}. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** public: anyone (the caller is still identified); user: a session or an API key is required. */
  auth: 'public' | 'user';
  /** Only a signed-in browser session may call it (API keys are refused). */
  sessionOnly?: boolean;
  permission?: Action;
  /** What an API key's scope must allow; a `read` key cannot call a `write` route. */
  scope: 'read' | 'write';
  rateLimit?: 'default' | 'signin';
  params?: P;
  query?: Q;
  body?: B;
  /** Schema of `data` in the response body (absent for 204). */
  response?: R;
  status?: 200 | 201 | 202 | 204;
  /** Public data that may be cached by clients (sends ETag + Cache-Control). */
  cacheSeconds?: number;
  /** The body is a file sent as it is, with this media type (not a JSON body). */
  upload?: string;
  /** The answer is a file, not JSON: the media types it may have (the handler answers `{ raw }`). */
  download?: string[];
  /**
   * A POST whose body is a question (a prediction of a matchup): it changes nothing, so it is not a
   * write (no audit row, a read key may ask, no RBAC write row).
   */
  question?: true;
  /** Required of every write (any method but GET): `apiRoute` refuses a write contract without it. */
  audit?: AuditSpec<P, R>;
  /** A stream instead of JSON: the handler answers `{ raw: Response }`, described here for OpenAPI. */
  eventStream?: { description: string; example: string };
}

export function defineContract<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  c: Contract<P, Q, B, R>,
): Contract<P, Q, B, R> {
  return c;
}
