import { timingSafeEqual } from 'node:crypto';
import { withRoute } from '@/lib/api/handler';
import { clientIp } from '@/lib/auth/client-ip';
import { env } from '@/lib/env';
import { metrics } from '@/lib/metrics';

// Without a token, only the machine itself and private networks (where Prometheus scrapes from)
// may read the metrics: they tell an outsider routes, volumes and error rates.
const privateAddress = (ip: string | null) =>
  ip !== null &&
  /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|::ffff:(127|10)\.|::ffff:192\.168\.|f[cd][0-9a-f]{2}:)/i.test(ip);

function authorized(req: Request): boolean {
  const token = env().METRICS_TOKEN;
  if (!token) return privateAddress(clientIp(req.headers));
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
