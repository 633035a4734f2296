// Thin by design: only CORS for the public API. Authentication and limits live in lib/api.
import { type NextRequest, NextResponse } from 'next/server';
import { corsHeaders } from '@/lib/api/cors';
import { env } from '@/lib/env';

export function proxy(request: NextRequest) {
  const headers = corsHeaders(request.headers.get('origin'), env().CORS_ORIGINS);
  if (request.method === 'OPTIONS') return new NextResponse(null, { status: 204, headers });
  const res = NextResponse.next();
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

export const config = { matcher: ['/api/v1/:path*'] };
