// CORS for /api/v1: browsers on the configured origins may call the API (with API keys, not cookies).

/** Headers for the response; `Vary: Origin` always, so shared caches keep per-origin answers apart. */
export function corsHeaders(origin: string | null, allowed: string[]): Record<string, string> {
  const any = allowed.includes('*');
  const vary: Record<string, string> = any ? {} : { Vary: 'Origin' };
  if (!origin || (!any && !allowed.includes(origin))) return vary;
  return {
    'Access-Control-Allow-Origin': any ? '*' : origin,
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Request-Id, If-None-Match',
    'Access-Control-Expose-Headers': 'X-Request-Id, ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
    'Access-Control-Max-Age': '600',
    ...vary,
  };
}
