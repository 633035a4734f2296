// What an answer to a queued write means for the queue, and how long to wait before trying again.
import { apiErrorMessage } from './api-error';

export interface SendResult {
  status: number;
  body: unknown;
  retryAfterSeconds: number | null;
}

export type SendOutcome =
  | { kind: 'stored' }
  | { kind: 'rejected'; message: string }
  | { kind: 'retry'; delayMs?: number }
  | { kind: 'signed_out' };

/**
 * A write the server refuses (bad shape, broken rule, id reused) will never pass, so it leaves the
 * queue with its message instead of blocking every write behind it; anything that may pass later
 * (overload, outage, rate limit, an answer we cannot read) is retried. `accept` says whether a 2xx
 * body is the answer we expect (e.g. it carries the stored seq); `refused` words a refusal whose body says nothing.
 */
export function classify(
  result: SendResult,
  accept: (body: unknown) => boolean = () => true,
  refused: (status: number) => string = (status) => `The server refused the write (HTTP ${status}).`,
): SendOutcome {
  const { status, body, retryAfterSeconds } = result;
  if (status >= 200 && status < 300) return accept(body) ? { kind: 'stored' } : { kind: 'retry' };
  if (status === 401) return { kind: 'signed_out' };
  if (status === 408 || status === 429 || status >= 500) {
    return retryAfterSeconds !== null ? { kind: 'retry', delayMs: retryAfterSeconds * 1000 } : { kind: 'retry' };
  }
  return { kind: 'rejected', message: apiErrorMessage(body) ?? refused(status) };
}

/** Exponential backoff: 1 s, 2 s, 4 s… capped at 30 s; `random` spreads retries of many phones apart. */
export function retryDelay(attempts: number, random = 0.5): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random * 0.5));
}
