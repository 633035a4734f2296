// Calling the live basketball routes as one caller: "METHOD path" with `{id}` and `{seq}` filled in.
import { type Caller, call } from './callers';
import { liveRoutes } from './live-routes';

export type LiveRoute = keyof typeof liveRoutes;

export async function send(
  route: LiveRoute,
  caller: Caller,
  opts: { body?: unknown; id?: number; seq?: number; qs?: string } = {},
) {
  const [method, path] = route.split(' ') as [string, string];
  const params: Record<string, string> = {};
  if (opts.id !== undefined) params.id = String(opts.id);
  if (opts.seq !== undefined) params.seq = String(opts.seq);
  const res = await call(liveRoutes[route], {
    method,
    path: `${path.replace('{id}', String(opts.id ?? 0)).replace('{seq}', String(opts.seq ?? 0))}${opts.qs ? `?${opts.qs}` : ''}`,
    headers: caller.headers,
    body: opts.body,
    params,
  });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
  const json = res.status === 204 ? null : ((await res.json()) as any);
  return { status: res.status, json };
}
