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
    predictions: new Counter({
      name: 'predictions_total',
      help: 'Model answers given, by model name and version, and whether the prediction cache held it (cache: hit, miss)',
      labelNames: ['model', 'version', 'cache'] as const,
      registers: [registry],
    }),
    inferenceDuration: new Histogram({
      name: 'prediction_inference_duration_seconds',
      help: "One model's inference on one feature vector (cache misses only), by model name",
      labelNames: ['model'] as const,
      buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1],
      registers: [registry],
    }),
    modelLoadDuration: new Histogram({
      name: 'model_load_duration_seconds',
      help: "Checking and building a model version's artifact into a servable model on this replica, by kind",
      labelNames: ['kind'] as const,
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    loadedModels: new Gauge({
      name: 'models_loaded',
      help: 'Model versions this replica holds in memory, by task (game, player-pts, …)',
      labelNames: ['task'] as const,
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
