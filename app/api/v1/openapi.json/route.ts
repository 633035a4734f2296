import { NextResponse } from 'next/server';
import { withRoute } from '@/lib/api/handler';
import { buildOpenApi } from '@/lib/api/openapi';

export const GET = withRoute('/api/v1/openapi.json', async () =>
  NextResponse.json(buildOpenApi(), { headers: { 'cache-control': 'public, max-age=300' } }),
);

export { preflight as OPTIONS } from '@/lib/api/preflight';
