import { describe, expect, it } from 'vitest';
import type { SendResult } from './classify';
import type { QueuedItem } from './queue';
import { OutboxSender, type SenderDeps, type SyncSnapshot } from './sender';

/** A write of `value` to the thing `key`; an undo names the write it takes back and learns its seq. */
interface Write {
  key: string;
  value: number;
  undoOf?: string;
  seq?: number;
}
const isWrite = (v: unknown): v is Write => typeof v === 'object' && v !== null && typeof (v as Write).key === 'string';

/** A server that stores each new id once, and a network that can be cut. */
function harness(opts: { answer?: (item: QueuedItem<Write>) => SendResult | 'offline' } = {}) {
  const map = new Map<string, string>();
  const storage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
  const stored: { id: string; seq: number; payload: Write }[] = [];
  const sent: string[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  let online = true;
  let snapshot: SyncSnapshot<Write> | null = null;
  const server = (item: QueuedItem<Write>): SendResult => {
    const found = stored.find((s) => s.id === item.id);
    if (found) return { status: 200, body: { data: { seq: found.seq }, meta: { duplicate: true } }, retryAfterSeconds: null };
    stored.push({ id: item.id, seq: stored.length + 1, payload: item.payload });
    return { status: 201, body: { data: { seq: stored.length } }, retryAfterSeconds: null };
  };
  const deps: SenderDeps<Write> = {
    key: 'k',
    storage,
    isPayload: isWrite,
    send: async (item) => {
      sent.push(item.id);
      if (!online) throw new TypeError('Failed to fetch');
      const answer = opts.answer?.(item) ?? server(item);
      if (answer === 'offline') throw new TypeError('Failed to fetch');
      return answer;
    },
    accept: (_item, body) => typeof (body as { data?: { seq?: unknown } })?.data?.seq === 'number',
    supersedes: (a, b) => !a.undoOf && !b.undoOf && a.key === b.key,
    afterStored: (items, done, body) =>
      items.map((q) =>
        q.payload.undoOf === done.id ? { ...q, payload: { ...q.payload, seq: (body as { data: { seq: number } }).data.seq } } : q,
      ),
    dependents: (items, rejected) => items.filter((q) => q.payload.undoOf === rejected.id),
    isOnline: () => online,
    onChange: (s) => {
      snapshot = s;
    },
    random: () => 0.5,
    setTimer: (fn, ms) => {
      const t = { fn, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      const i = timers.indexOf(t as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const sender = new OutboxSender(deps);
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    sender,
    deps,
    storage,
    stored,
    sent,
    timers,
    server,
    settle,
    snap: () => snapshot,
    setOnline: (v: boolean) => {
      online = v;
    },
    fireTimer: async () => {
      timers.shift()?.fn();
      await settle();
    },
  };
}

const add = (s: OutboxSender<Write>, id: string, payload: Partial<Write> = {}, held?: boolean) =>
  s.add({ id, payload: { key: id, value: 1, ...payload }, ...(held ? { held } : {}) });

describe('OutboxSender', () => {
  it('sends each write once, in order, and empties the stored queue', async () => {
    const h = harness();
    add(h.sender, 'a');
    add(h.sender, 'b');
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['a', 'b']);
    expect(h.sent).toEqual(['a', 'b']);
    expect(h.storage.getItem('k')).toBeNull();
    expect(h.snap()).toMatchObject({ items: [], inFlight: null, stalled: null, errors: [] });
  });

  it('keeps writes while offline, backs off, and delivers them exactly once when back online', async () => {
    const h = harness();
    h.setOnline(false);
    add(h.sender, 'a');
    add(h.sender, 'b');
    await h.settle();
    expect(h.snap()?.stalled).toBe('offline');
    expect(h.snap()?.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(h.timers.map((t) => t.ms)).toEqual([1000]);
    await h.fireTimer();
    expect(h.timers.map((t) => t.ms)).toEqual([2000]);
    h.setOnline(true);
    h.sender.kick();
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['a', 'b']);
    expect(h.timers).toEqual([]);
    expect(h.snap()).toMatchObject({ items: [], stalled: null });
  });

  it('sends only the latest of several values queued for the same thing, after the one already tried', async () => {
    const h = harness();
    h.setOnline(false);
    add(h.sender, 'h1-a', { key: 'h1', value: 4 });
    await h.settle();
    add(h.sender, 'h2-a', { key: 'h2', value: 3 });
    add(h.sender, 'h1-b', { key: 'h1', value: 5 });
    add(h.sender, 'h1-c', { key: 'h1', value: 6 });
    expect(h.sender.items().map((i) => i.id)).toEqual(['h1-a', 'h2-a', 'h1-c']);
    h.setOnline(true);
    h.sender.kick();
    await h.settle();
    expect(h.stored.map((s) => [s.payload.key, s.payload.value])).toEqual([
      ['h1', 4],
      ['h2', 3],
      ['h1', 6],
    ]);
  });

  it('holds a value while it is still being tapped and sends only the one released', async () => {
    const h = harness();
    add(h.sender, 't1', { key: 'h1', value: 4 }, true);
    add(h.sender, 't2', { key: 'h1', value: 5 }, true);
    add(h.sender, 't3', { key: 'h1', value: 6 }, true);
    await h.settle();
    expect(h.sent).toEqual([]);
    h.sender.release('t1'); // already replaced: nothing happens
    await h.settle();
    expect(h.sent).toEqual([]);
    h.sender.release('t3');
    await h.settle();
    expect(h.stored.map((s) => [s.id, s.payload.value])).toEqual([['t3', 6]]);
  });

  it('a retry after a lost answer is stored once (the server says duplicate)', async () => {
    let lose = true;
    const h = harness({
      answer: (item) => {
        const result = h.server(item);
        if (lose) {
          lose = false;
          return 'offline';
        }
        return result;
      },
    });
    add(h.sender, 'a');
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['a']);
    await h.fireTimer();
    expect(h.sent).toEqual(['a', 'a']);
    expect(h.stored).toHaveLength(1);
    expect(h.snap()?.items).toEqual([]);
  });

  it('retries a 2xx answer that is not the one expected', async () => {
    let odd = true;
    const h = harness({
      answer: (item) => {
        if (!odd) return h.server(item);
        odd = false;
        return { status: 200, body: { data: {} }, retryAfterSeconds: null };
      },
    });
    add(h.sender, 'a');
    await h.settle();
    expect(h.snap()?.items.map((i) => i.id)).toEqual(['a']);
    await h.fireTimer();
    expect(h.stored.map((s) => s.id)).toEqual(['a']);
  });

  it('drops a refused write with its message, and what depends on it, and goes on with the next', async () => {
    const h = harness({
      answer: (item) =>
        item.id === 'bad'
          ? { status: 422, body: { error: { code: 'validation_failed', message: 'too many putts' } }, retryAfterSeconds: null }
          : h.server(item),
    });
    add(h.sender, 'bad');
    add(h.sender, 'u', { undoOf: 'bad' });
    add(h.sender, 'ok');
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['ok']);
    expect(h.snap()?.errors.map((e) => [e.id, e.message])).toEqual([
      ['bad', 'too many putts'],
      ['u', 'Dropped: the write it depended on was refused.'],
    ]);
    h.sender.dismissErrors();
    expect(h.snap()?.errors).toEqual([]);
  });

  it('words its own messages as the caller asks', async () => {
    const h = harness({
      answer: (item) => (item.id === 'bad' ? { status: 404, body: null, retryAfterSeconds: null } : h.server(item)),
    });
    h.deps.messages = { refused: (s) => `Nope (${s}).`, dependentDropped: 'Gone with it.' };
    add(h.sender, 'bad');
    add(h.sender, 'u', { undoOf: 'bad' });
    await h.settle();
    expect(h.snap()?.errors.map((e) => [e.id, e.message])).toEqual([
      ['bad', 'Nope (404).'],
      ['u', 'Gone with it.'],
    ]);
  });

  it('drops a write that can no longer be sent, unsent, and goes on with the next', async () => {
    const h = harness();
    h.deps.unsendable = (item) => (item.payload.undoOf === 'gone' ? 'Its write is gone.' : null);
    add(h.sender, 'u', { undoOf: 'gone' });
    add(h.sender, 'b');
    await h.settle();
    expect(h.sent).toEqual(['b']);
    expect(h.snap()?.errors.map((e) => [e.id, e.message])).toEqual([['u', 'Its write is gone.']]);
  });

  it('tells a write behind a stored one what storing it said', async () => {
    const h = harness();
    h.setOnline(false);
    add(h.sender, 'a');
    add(h.sender, 'u', { undoOf: 'a' });
    await h.settle();
    h.setOnline(true);
    h.sender.kick();
    await h.settle();
    expect(h.stored.map((s) => [s.id, s.payload.seq])).toEqual([
      ['a', undefined],
      ['u', 1],
    ]);
  });

  it('waits as long as a 429 says, and keeps the queue when signed out', async () => {
    let status = 429;
    const h = harness({
      answer: (item) => (status === 201 ? h.server(item) : { status, body: null, retryAfterSeconds: 9 }),
    });
    add(h.sender, 'a');
    await h.settle();
    expect(h.timers.map((t) => t.ms)).toEqual([9000]);
    expect(h.snap()?.stalled).toBeNull();
    status = 401;
    await h.fireTimer();
    expect(h.snap()?.stalled).toBe('signed_out');
    expect(h.snap()?.items.map((i) => i.id)).toEqual(['a']);
    status = 201;
    h.sender.kick();
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['a']);
  });

  it('holds a write for a second tap, then sends it as the tap changed it', async () => {
    const h = harness();
    add(h.sender, 'a', {}, true);
    add(h.sender, 'b');
    await h.settle();
    expect(h.sent).toEqual([]);
    h.sender.release('a', (p) => ({ ...p, value: 2 }));
    await h.settle();
    expect(h.sent).toEqual(['a', 'b']);
    expect(h.stored[0]?.payload.value).toBe(2);
  });

  it('resumes a queue left in storage by an earlier page', async () => {
    const h = harness();
    h.setOnline(false);
    add(h.sender, 'a');
    await h.settle();
    h.sender.dispose();
    h.setOnline(true);
    const again = new OutboxSender({ ...h.deps, onChange: () => {} });
    expect(again.items().map((i) => [i.id, i.attempts])).toEqual([['a', 1]]);
    again.kick();
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['a']);
    expect(again.items()).toEqual([]);
  });

  it('never cancels the write on its way to the server, but forgets one never sent', async () => {
    let answer: (r: SendResult) => void = () => {};
    const h = harness();
    h.deps.send = () =>
      new Promise<SendResult>((r) => {
        answer = r;
      });
    add(h.sender, 'a');
    add(h.sender, 'b');
    add(h.sender, 'u', { undoOf: 'b' });
    await h.settle();
    expect(h.snap()?.inFlight).toBe('a');
    h.sender.cancel('a');
    h.sender.cancel('b');
    expect(h.sender.items().map((i) => i.id)).toEqual(['a']);
    answer({ status: 201, body: { data: { seq: 1 } }, retryAfterSeconds: null });
    await h.settle();
    expect(h.sender.items()).toEqual([]);
  });

  it('lets go of a write held by a page that is gone, and sends it', async () => {
    let now = 10_000;
    const h = harness();
    h.deps.now = () => now;
    const first = new OutboxSender({ ...h.deps, send: async () => Promise.reject(new TypeError('gone')) });
    first.add({ id: 'a', payload: { key: 'a', value: 1 }, held: true });
    first.dispose();
    now += 1000;
    const again = new OutboxSender(h.deps);
    again.start();
    await h.settle();
    expect(h.sent).toEqual([]);
    now += 5000;
    h.timers.find((t) => t.ms === 5000)?.fn();
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['a']);
  });
});
