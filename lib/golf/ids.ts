// Deterministic ids: the same parts always give the same UUID, so a retried write (a seed re-run, a
// consumer replay, a second "finish") is recognised by the event store as the event it already has.
import { createHash } from 'node:crypto';

/** A name-based UUID (version 5 layout, SHA-1) of the parts joined with ':'. */
export function uuidFrom(...parts: (string | number)[]): string {
  const h = createHash('sha1')
    .update(`statline-golf:${parts.join(':')}`)
    .digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
