import { withRoute } from '@/lib/api/handler';
import { metrics } from '@/lib/metrics';

export const GET = withRoute('/api/metrics', async () => {
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
  });
});
