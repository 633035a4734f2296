import { describe, expect, it } from 'vitest';
import type { QueuedItem } from './queue';
import type { SyncSnapshot } from './sender';
import { syncStatus } from './sync-status';

const item: QueuedItem<string> = { id: 'a', payload: 'x', queuedAt: 0, attempts: 0 };
const snap = (s: Partial<SyncSnapshot<string>>): SyncSnapshot<string> => ({
  items: [],
  inFlight: null,
  stalled: null,
  retryAt: null,
  errors: [],
  ...s,
});

describe('syncStatus', () => {
  it('reads synced, sending, offline and error', () => {
    expect(syncStatus(snap({}), true)).toEqual({ state: 'synced', text: 'Synced' });
    expect(syncStatus(snap({ items: [item, item] }), true)).toEqual({ state: 'sending', text: 'Sending 2' });
    expect(syncStatus(snap({ items: [item] }), false)).toEqual({ state: 'offline', text: 'Offline – 1 queued' });
    expect(syncStatus(snap({ items: [item], stalled: 'offline' }), true).state).toBe('offline');
    expect(syncStatus(snap({ items: [item], stalled: 'signed_out' }), true).state).toBe('error');
    const errors = [{ id: 'a', payload: 'x', message: 'the round is not yours', at: 0 }];
    expect(syncStatus(snap({ errors }), true)).toEqual({ state: 'error', text: 'Error: the round is not yours' });
  });
});
