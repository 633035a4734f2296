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
    // A client that goes away mid-upload ends the stream with an error: that is the client's doing,
    // answered (to no one) and logged as a 400, not a server fault.
    const { done, value } = await reader.read().catch(() => {
      throw new ApiError('bad_request', 'The request body ended early: the client went away or the connection broke.');
    });
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

// Fatal: bytes that are not UTF-8 are refused, never stored as U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJsonBody(req: Request): Promise<unknown> {
  const bytes = await readBodyLimited(req, MAX_BODY_BYTES, `${MAX_BODY_BYTES} bytes`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ApiError('bad_request', 'The body is not valid UTF-8.');
  }
  if (text.trim() === '') return undefined;
  if (!isJsonContentType(req.headers.get('content-type'))) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
  }
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

/** application/json, or any +json type (application/merge-patch+json), with or without parameters. */
export function isJsonContentType(header: string | null): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}
