import { NextResponse } from 'next/server';
import { withRoute } from '@/lib/api/handler';

export const GET = withRoute('/api/health', async () =>
  NextResponse.json({ status: 'ok', uptime_s: Math.round(process.uptime()) }, { headers: { 'cache-control': 'no-store' } }),
);
