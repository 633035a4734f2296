// The Node response behind a stream request, when the production server (server.mjs) handed it over.
// Absent under `next dev` and in-process tests: the stream then goes through the web Response body.
import type { ServerResponse } from 'node:http';

// Both are server.mjs's too (plain JS, outside the bundle, so it spells them out itself).
export const RAW_RESPONSE_HEADER = 'x-statline-raw-response';
const KEY = Symbol.for('statline.rawResponses');
type Holder = { [KEY]?: Map<string, ServerResponse> };

/** The process's registry of handed-over responses, by the id the request carries in the header. */
export function rawResponses(): Map<string, ServerResponse> {
  const g = globalThis as Holder;
  g[KEY] ??= new Map();
  return g[KEY];
}

/** Takes (once) the Node response the server registered for this request, if any. */
export function takeRawResponse(headers: Headers): ServerResponse | null {
  const id = headers.get(RAW_RESPONSE_HEADER);
  if (!id) return null;
  const registry = rawResponses();
  const res = registry.get(id) ?? null;
  registry.delete(id);
  return res && !res.destroyed ? res : null;
}
