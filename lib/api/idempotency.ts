// The Idempotency-Key header (a UUID the client makes once per write and resends on every retry),
// optionally also given as the body's `id`: both must then agree.
import { ApiError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The key in lower case, or undefined when none was sent; a malformed key is a 400. */
export function idempotencyKey(headers: Headers, bodyId?: string): string | undefined {
  const key = headers.get('idempotency-key')?.trim() || undefined;
  const problem = (message: string) =>
    new ApiError('validation_failed', 'The request is invalid.', [{ location: 'header', path: 'idempotency-key', message }]);
  if (key && !UUID.test(key)) throw problem('must be a UUID');
  if (key && bodyId && key.toLowerCase() !== bodyId.toLowerCase()) throw problem('differs from the body id');
  return (key ?? bodyId)?.toLowerCase();
}
