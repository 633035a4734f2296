// The Idempotency-Key header (a UUID the client makes once per write and resends on every retry),
// optionally also given as the body's `id`: both must then agree.
import { isUuid } from '@/lib/uuid';
import { ApiError } from './errors';

/** The key in lower case, or undefined when none was sent; a malformed key is a 400. */
export function idempotencyKey(headers: Headers, bodyId?: string): string | undefined {
  const key = headers.get('idempotency-key')?.trim() || undefined;
  const problem = (message: string) =>
    new ApiError('validation_failed', 'The request is invalid.', [{ location: 'header', path: 'idempotency-key', message }]);
  if (key && !isUuid(key)) throw problem('must be a UUID');
  if (key && bodyId && key.toLowerCase() !== bodyId.toLowerCase()) throw problem('differs from the body id');
  return (key ?? bodyId)?.toLowerCase();
}
