// What the person writing is told about delivery, in one line: everything stored, writes on their
// way, writes waiting for a network, or the last write the server refused.
import type { SyncSnapshot } from './sender';

export type SyncState = 'synced' | 'sending' | 'offline' | 'error';

export function syncStatus<P>(s: SyncSnapshot<P>, online: boolean): { state: SyncState; text: string } {
  const n = s.items.length;
  if (n > 0 && (!online || s.stalled === 'offline')) return { state: 'offline', text: `Offline – ${n} queued` };
  if (n > 0 && s.stalled === 'signed_out')
    return { state: 'error', text: `Signed out – ${n} queued; sign in again in another tab` };
  if (n > 0) return { state: 'sending', text: `Sending ${n}` };
  const last = s.errors.at(-1);
  if (last) return { state: 'error', text: `Error: ${last.message}` };
  return { state: 'synced', text: 'Synced' };
}
