// The Node response behind a stream request, when the production server (server.mjs) handed it over.
// Absent under `next dev` and in-process tests: the stream then goes through the web Response body.
import type { ServerResponse } from 'node:http';

const HEADER = 'x-statline-raw-response';
const KEY = Symbol.for('statline.rawResponses');
type Holder = { [KEY]?: Map<string, ServerResponse> };

/** Takes (once) the Node response the server registered for this request, if any. */
export function takeRawResponse(headers: Headers): ServerResponse | null {
  const id = headers.get(HEADER);
  const registry = (globalThis as Holder)[KEY];
  if (!id || !registry) return null;
  const res = registry.get(id) ?? null;
  registry.delete(id);
  return res && !res.destroyed ? res : null;
}
