// One JSON request of an outbox write, answered as a SendResult; throws only when no answer came.
import type { SendResult } from './classify';

export async function sendJson(
  url: string,
  init: { method: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number },
): Promise<SendResult> {
  const res = await fetch(url, {
    method: init.method,
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    // A request the network swallowed must not hold the queue forever.
    signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
  });
  const retryAfter = Number(res.headers.get('retry-after'));
  return {
    status: res.status,
    body: await res.json().catch(() => null),
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}
