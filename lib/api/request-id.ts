import { randomUUID } from 'node:crypto';

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Honours a caller's X-Request-Id when it is a sane token; otherwise makes one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get('x-request-id');
  return given && SAFE.test(given) ? given : randomUUID();
}
