// The HTTP Range header (RFC 9110 §14): one byte range of a stored object, for video seeking.
import type { ByteRange } from './types';

/**
 * The range a `Range` header asks for in an object of `size` bytes: undefined when there is no
 * header or it is not a single bytes range (answer the whole object, 200), 'unsatisfiable' when it
 * lies outside the object (416).
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Several ranges (multipart/byteranges) or another unit: the whole object is a valid answer.
  if (!m) return header.trim().startsWith('bytes=') && !header.includes(',') ? 'unsatisfiable' : undefined;
  const [, from, to] = m;
  if (from === '' && to === '') return 'unsatisfiable';
  if (from === '') {
    // bytes=-N: the last N bytes.
    const n = Number(to);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}
