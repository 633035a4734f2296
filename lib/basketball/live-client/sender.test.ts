import { describe, expect, it } from 'vitest';
import type { QueuedEvent } from './outbox';
import { OutboxSender, type PostResult, type SenderDeps, type SyncSnapshot } from './sender';

const shot = { type: 'field_goal', data: { team_id: 1, player_id: 11, points: 3, made: true } } as const;
const ft = (made: boolean) => ({ type: 'free_throw', data: { team_id: 1, player_id: 11, made } }) as const;

/** A server that stores each new id once, and a network that can be cut. */
function harness(opts: { answer?: (body: Record<string, unknown>) => PostResult | 'offline' } = {}) {
  const map = new Map<string, string>();
  const storage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
  const stored: { id: string; seq: number }[] = [];
  const sent: string[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  let online = true;
  let snapshot: SyncSnapshot | null = null;
  const server = (body: Record<string, unknown>): PostResult => {
    const id = String(body.id);
    const found = stored.find((s) => s.id === id);
    if (found)
      return { status: 200, body: { data: { ...body, seq: found.seq }, meta: { duplicate: true } }, retryAfterSeconds: null };
    stored.push({ id, seq: stored.length + 1 });
    return { status: 201, body: { data: { id, seq: stored.length, type: body.type, data: {} } }, retryAfterSeconds: null };
  };
  const deps: SenderDeps = {
    key: 'k',
    storage,
    post: async (body) => {
      sent.push(String(body.id));
      if (!online) throw new TypeError('Failed to fetch');
      const answer = opts.answer?.(body) ?? server(body);
      if (answer === 'offline') throw new TypeError('Failed to fetch');
      return answer;
    },
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
    snap: () => snapshot as SyncSnapshot | null,
    setOnline: (v: boolean) => {
      online = v;
    },
    fireTimer: async () => {
      timers.shift()?.fn();
      await settle();
    },
  };
}

const add = (s: OutboxSender, id: string, event: QueuedEvent['event'] = ft(true), extra: Partial<QueuedEvent> = {}) =>
  s.add({ id, event, ...extra });

describe('OutboxSender', () => {
  it('sends each play once, in order, and empties the stored queue', async () => {
    const h = harness();
    add(h.sender, 'a', shot);
    add(h.sender, 'b');
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['a', 'b']);
    expect(h.sent).toEqual(['a', 'b']);
    expect(h.storage.getItem('k')).toBeNull();
    expect(h.snap()).toMatchObject({ items: [], inFlight: null, stalled: null, errors: [] });
  });

  it('keeps plays while offline, backs off, and delivers them exactly once when back online', async () => {
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

  it('a retry after a lost answer is stored once (the server says duplicate)', async () => {
    let lose = true;
    const h = harness({
      answer: (body) => {
        const result = h.server(body);
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

  it('drops a refused play with its message and goes on with the next', async () => {
    const h = harness({
      answer: (body) =>
        body.id === 'bad'
          ? {
              status: 422,
              body: { error: { code: 'rule_violation', message: 'player 11 is not on the court' } },
              retryAfterSeconds: null,
            }
          : h.server(body),
    });
    add(h.sender, 'bad');
    add(h.sender, 'u', { type: 'undo', data: { seq: 1 } }, { undoOf: 'bad' });
    add(h.sender, 'ok');
    await h.settle();
    expect(h.stored.map((s) => s.id)).toEqual(['ok']);
    expect(h.snap()?.errors.map((e) => [e.id, e.message])).toEqual([
      ['bad', 'player 11 is not on the court'],
      ['u', 'Undo dropped: the play it undid was refused.'],
    ]);
    h.sender.dismissErrors();
    expect(h.snap()?.errors).toEqual([]);
  });

  it('waits as long as a 429 says, and keeps the queue when signed out', async () => {
    let status = 429;
    const h = harness({
      answer: (body) => (status === 201 ? h.server(body) : { status, body: null, retryAfterSeconds: 9 }),
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

  it('holds a play for a second tap, then sends it with what the tap added', async () => {
    const h = harness();
    add(h.sender, 'a', shot, { held: true });
    add(h.sender, 'b');
    await h.settle();
    expect(h.sent).toEqual([]);
    h.sender.release('a', { assist_player_id: 12 });
    await h.settle();
    expect(h.sent).toEqual(['a', 'b']);
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

  it('points a waiting undo at the seq its play was stored as', async () => {
    const h = harness();
    h.setOnline(false);
    add(h.sender, 'a');
    add(h.sender, 'u', { type: 'undo', data: { seq: 1 } }, { undoOf: 'a' });
    await h.settle();
    const bodies: Record<string, unknown>[] = [];
    const post = h.deps.post;
    h.deps.post = async (body) => {
      bodies.push(body);
      return post(body);
    };
    h.setOnline(true);
    h.sender.kick();
    await h.settle();
    expect(bodies.map((b) => [b.id, b.type, b.seq])).toEqual([
      ['a', 'free_throw', undefined],
      ['u', 'undo', 1],
    ]);
  });

  it('never cancels the play on its way to the server', async () => {
    let answer: (r: PostResult) => void = () => {};
    const h = harness();
    h.deps.post = () =>
      new Promise<PostResult>((r) => {
        answer = r;
      });
    add(h.sender, 'a');
    await h.settle();
    expect(h.snap()?.inFlight).toBe('a');
    h.sender.cancel('a');
    expect(h.sender.items().map((i) => i.id)).toEqual(['a']);
    answer({ status: 201, body: { data: { id: 'a', seq: 1, type: 'free_throw', data: {} } }, retryAfterSeconds: null });
    await h.settle();
    expect(h.sender.items()).toEqual([]);
  });
});

describe('OutboxSender.start', () => {
  it('lets go of a play held by a page that is gone, and sends it', async () => {
    let now = 10_000;
    const h = harness();
    h.deps.now = () => now;
    const first = new OutboxSender({ ...h.deps, post: async () => Promise.reject(new TypeError('gone')) });
    first.add({ id: 'a', event: shot, held: true });
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
