// Runs before every page request.
// 1. Server actions are POSTs to a page with a Next-Action header; Next refuses one whose Origin is
//    not the host it was sent to, but as a 500. Refuse it here first, as what it is: a forbidden
//    cross-site write (403).
// 2. Each page gets its own Content-Security-Policy nonce: only scripts carrying it (Next's own,
//    which Next tags from the request's policy) and what they load ('strict-dynamic') run, so an
//    injected inline script does not. Every page is rendered per request, so each has its nonce.
import { type NextRequest, NextResponse } from 'next/server';

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage: not this site
  }
}

/** The page policy; API responses and static files get the fixed one in next.config.mjs. */
export function pagePolicy(nonce: string, dev = process.env.NODE_ENV !== 'production'): string {
  return [
    "default-src 'self'",
    // React's dev tooling evaluates strings; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Charts and Tailwind's runtime values set style attributes, which nonces cannot cover.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const origin = request.headers.get('origin');
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    if (origin && host && !sameHost(origin, host)) {
      return new NextResponse('A server action from another site is refused.\n', {
        status: 403,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = pagePolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  headers.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = { matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'] };
