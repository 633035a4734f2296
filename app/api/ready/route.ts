import { NextResponse } from 'next/server';
import { withRoute } from '@/lib/api/handler';
import { checkReadiness } from '@/lib/ops/readiness';

export const GET = withRoute('/api/ready', async () => {
  const report = await checkReadiness();
  return NextResponse.json(report, {
    status: report.status === 'not_ready' ? 503 : 200,
    headers: { 'cache-control': 'no-store' },
  });
});
