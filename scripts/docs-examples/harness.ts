// The app's /api/v1 route handlers, called in this process the way Next calls them, on an embedded
// database of its own: what they answer is what a client of a real server gets.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Contract } from '@/lib/api/contract';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const apiRoot = path.resolve(import.meta.dirname, '../../app/api/v1');

/** Every route module under app/api/v1, by "METHOD /api/v1/path/{param}". */
export async function loadRoutes(): Promise<Map<string, Handler>> {
  const routes = new Map<string, Handler>();
  const files = readdirSync(apiRoot, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'route.ts');
  for (const file of files) {
    const dir = path.dirname(file);
    const apiPath = `/api/v1/${dir}`.replace(/\[([^\]]+)\]/g, '{$1}');
    const mod = (await import(pathToFileURL(path.join(apiRoot, file)).href)) as Record<string, unknown>;
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      if (typeof mod[method] === 'function') routes.set(`${method} ${apiPath}`, mod[method] as Handler);
    }
  }
  return routes;
}

export interface Call {
  params?: Record<string, string | number>;
  query?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** A file body, sent as it is with the contract's upload media type. */
  file?: string | Uint8Array;
}

export interface Answer {
  url: string;
  status: number;
  json?: { data?: unknown; meta?: unknown; error?: unknown };
  text?: string;
}

/** How much of an event stream to keep: the retry hint and the first few events. */
const STREAM_BYTES = 900;
const STREAM_WAIT_MS = 1500;

async function readStreamStart(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + STREAM_WAIT_MS;
  while (text.length < STREAM_BYTES && Date.now() < deadline) {
    const next = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()))),
    ]);
    if (!next || next.done) break;
    text += decoder.decode(next.value, { stream: true });
  }
  await reader.cancel().catch(() => {});
  // Whole events only: a cut one would teach a reader a broken frame.
  const end = text.lastIndexOf('\n\n');
  return end >= 0 ? text.slice(0, end + 2) : text;
}

export async function invoke(routes: Map<string, Handler>, contract: Contract, call: Call = {}): Promise<Answer> {
  const key = `${contract.method} ${contract.path}`;
  const handler = routes.get(key);
  if (!handler) throw new Error(`no route module answers ${key}`);
  const params = Object.fromEntries(Object.entries(call.params ?? {}).map(([k, v]) => [k, String(v)]));
  const url =
    contract.path.replace(/\{([^}]+)\}/g, (_m, name: string) => params[name] ?? `{${name}}`) +
    (call.query ? `?${call.query}` : '');
  const file = typeof call.file === 'object' ? new Uint8Array(call.file) : call.file;
  const body = file ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  const contentType = call.file !== undefined ? contract.upload : body !== undefined ? 'application/json' : undefined;
  const req = new Request(`http://localhost${url}`, {
    method: contract.method,
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...call.headers },
    body,
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  const type = res.headers.get('content-type') ?? '';
  if (type.startsWith('text/event-stream')) return { url, status: res.status, text: await readStreamStart(res) };
  if (type.includes('json')) return { url, status: res.status, json: (await res.json()) as Answer['json'] };
  // An image or a video is no text to show.
  if (/^(image|video)\//.test(type)) return { url, status: res.status };
  return { url, status: res.status, text: await res.text() };
}
