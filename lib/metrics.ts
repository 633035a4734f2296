// Prometheus metrics. One registry per process, kept on globalThis because Next bundles
// instrumentation and route handlers separately and each bundle would otherwise get its own.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route, method and status',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    cacheOps: new Counter({
      name: 'cache_operations_total',
      help: 'Cache lookups and failures (result: hit, miss, error)',
      labelNames: ['driver', 'result'] as const,
      registers: [registry],
    }),
    eventsAppended: new Counter({
      name: 'events_appended_total',
      help: 'Events appended to the event log, by type',
      labelNames: ['type'] as const,
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'rate_limited_requests_total',
      help: 'Requests refused with 429',
      registers: [registry],
    }),
    rateLimitFailOpen: new Counter({
      name: 'rate_limit_fail_open_total',
      help: "Requests let through on this process's own count because the rate-limit store was unreachable",
      registers: [registry],
    }),
    rateLimitFailClosed: new Counter({
      name: 'rate_limit_fail_closed_total',
      help: 'Requests refused with 503 because a fail-closed limit (sign-in) could not reach its store',
      registers: [registry],
    }),
    sseClients: new Gauge({
      name: 'sse_clients',
      help: 'Open Server-Sent Events connections, by how their bytes go: direct (to the socket) or web (a Response body)',
      labelNames: ['transport'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof create>;
const KEY = Symbol.for('statline.metrics');
type Holder = { [KEY]?: Metrics };

export function metrics(): Metrics {
  const g = globalThis as Holder;
  g[KEY] ??= create();
  return g[KEY];
}
