// Turning a request's parts into plain values for zod, and zod's complaints into per-field details.
import type { z } from 'zod';
import { ApiError } from './errors';

const MAX_BODY_BYTES = 1_000_000;

/** `a=1&ids[]=2&ids[]=3` → `{ a: '1', ids: ['2', '3'] }`. Repeated plain keys keep the last value. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
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

export async function readJsonBody(req: Request): Promise<unknown> {
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw new ApiError('payload_too_large', `The body may be at most ${MAX_BODY_BYTES} bytes.`);
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new ApiError('payload_too_large', `The body may be at most ${MAX_BODY_BYTES} bytes.`);
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
