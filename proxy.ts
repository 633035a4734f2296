// Runs before every page request. Server actions are POSTs to a page with a Next-Action header;
// Next refuses one whose Origin is not the host it was sent to, but as a 500. Refuse it here first,
// as what it is: a forbidden cross-site write (403).
import { type NextRequest, NextResponse } from 'next/server';

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage: not this site
  }
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
  return NextResponse.next();
}

export const config = { matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'] };
