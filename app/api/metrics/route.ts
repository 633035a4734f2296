import { timingSafeEqual } from 'node:crypto';
import { withRoute } from '@/lib/api/handler';
import { env } from '@/lib/env';
import { metrics } from '@/lib/metrics';

function authorized(req: Request): boolean {
  const token = env().METRICS_TOKEN;
  if (!token) return true;
  const given = Buffer.from(req.headers.get('authorization') ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const GET = withRoute('/api/metrics', async ({ req }) => {
  if (!authorized(req)) return new Response('unauthorized\n', { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
  });
});
