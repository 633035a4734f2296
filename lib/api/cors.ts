// CORS for /api/v1: browsers on the configured origins may call the API (with API keys, not cookies).

export function corsHeaders(origin: string | null, allowed: string[]): Record<string, string> | null {
  if (!origin) return null;
  const any = allowed.includes('*');
  if (!any && !allowed.includes(origin)) return null;
  return {
    'Access-Control-Allow-Origin': any ? '*' : origin,
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Request-Id, If-None-Match',
    'Access-Control-Expose-Headers': 'X-Request-Id, ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
    'Access-Control-Max-Age': '600',
    ...(any ? {} : { Vary: 'Origin' }),
  };
}
