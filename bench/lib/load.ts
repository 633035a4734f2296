// One autocannon run, summarised to the figures we report.
import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  path: string;
  connections: number;
  seconds: number;
  /** Offered requests per second when open-loop; null when closed-loop at saturation. */
  rate: number | null;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export async function load(
  name: string,
  url: string,
  opts: { connections: number; seconds: number; paths: string[]; rate?: number },
): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    // A fixed offered load (open loop); autocannon then corrects latencies for coordinated omission.
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    // Each request takes the next path in the list: one path = the same URL (cache warm), many = all distinct (cold).
    requests: [{ setupRequest: (req) => ({ ...req, path: opts.paths[i++ % opts.paths.length] }) }],
  });
  return {
    name,
    path: opts.paths[0] ?? '',
    connections: opts.connections,
    seconds: opts.seconds,
    rate: opts.rate ?? null,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
