// Turning a request's parts into plain values for zod, and zod's complaints into per-field details.
import type { z } from 'zod';
import { ApiError } from './errors';

const MAX_BODY_BYTES = 1_000_000;

/** `a=1&ids[]=2&ids[]=3` → `{ a: '1', ids: ['2', '3'] }`. Repeated plain keys keep the last value. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  // No prototype: a key like "__proto__" must stay an ordinary (and then rejected) field.
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of params) {
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      const list = out[name];
      out[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * The whole body, counted as it streams (a chunked upload has no content-length to trust); 413 past
 * `maxBytes`, and 400 when fewer bytes arrive than were declared (a proxy may cut a body short).
 */
export async function readBodyLimited(req: Request, maxBytes: number, limitText: string): Promise<Buffer> {
  const tooLarge = () => new ApiError('payload_too_large', `The body may be at most ${limitText}.`);
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) !== size) {
    throw new ApiError('bad_request', `The body was cut short: ${size} of ${declared} bytes arrived.`);
  }
  return Buffer.concat(chunks, size);
}

export async function readJsonBody(req: Request): Promise<unknown> {
  const text = (await readBodyLimited(req, MAX_BODY_BYTES, `${MAX_BODY_BYTES} bytes`)).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('bad_request', 'The body is not valid JSON.');
  }
}

export interface FieldProblem {
  location: 'params' | 'query' | 'body';
  path: string;
  message: string;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, location: FieldProblem['location']): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details: FieldProblem[] = result.error.issues.map((issue) => ({
    location,
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  throw new ApiError('validation_failed', `The request ${location} is invalid.`, details);
}
