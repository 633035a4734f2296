// CORS preflight for /api/v1 routes (each route file re-exports this as OPTIONS). CORS lives in
// the route wrapper rather than proxy.ts: a proxy runs on every request and cost ~30% throughput.
import { env } from '@/lib/env';
import { corsHeaders } from './cors';

export async function preflight(req: Request): Promise<Response> {
  return new Response(null, { status: 204, headers: corsHeaders(req.headers.get('origin'), env().CORS_ORIGINS) });
}
