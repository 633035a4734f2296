// One cache subscription per stream per process, shared by every local listener: 500 viewers of a
// game cost one Redis SUBSCRIBE (or one Upstash SSE connection), not 500.

import { subscribeStream } from './publish';
import type { StoredEvent } from './schemas';

type Listener = (event: StoredEvent) => void;
interface Channel {
  listeners: Set<Listener>;
  ready: Promise<() => Promise<void>>;
}

const KEY = Symbol.for('statline.eventHub');
type Holder = { [KEY]?: Map<string, Channel> };

function channels(): Map<string, Channel> {
  const g = globalThis as Holder;
  g[KEY] ??= new Map();
  return g[KEY];
}

/** Listens to a stream's live events; resolves once subscribed (so nothing published after is missed). */
export async function listen(stream: string, listener: Listener): Promise<() => Promise<void>> {
  const all = channels();
  let channel = all.get(stream);
  if (!channel) {
    const listeners = new Set<Listener>();
    const ready = subscribeStream(stream, (event) => {
      for (const l of listeners) {
        try {
          l(event);
        } catch {
          // One failing viewer must not stop delivery to the rest.
        }
      }
    });
    channel = { listeners, ready };
    all.set(stream, channel);
    // A failed subscription is forgotten so the next viewer tries again.
    ready.catch(() => {
      if (all.get(stream) === channel) all.delete(stream);
    });
  }
  channel.listeners.add(listener);
  const current = channel;
  try {
    await current.ready;
  } catch (err) {
    current.listeners.delete(listener);
    throw err;
  }
  let active = true;
  return async () => {
    if (!active) return;
    active = false;
    current.listeners.delete(listener);
    if (current.listeners.size === 0 && all.get(stream) === current) {
      all.delete(stream);
      await (await current.ready)();
    }
  };
}

/** How many local viewers listen to a stream (tests wait on it instead of sleeping). */
export function listenerCount(stream: string): number {
  return channels().get(stream)?.listeners.size ?? 0;
}
