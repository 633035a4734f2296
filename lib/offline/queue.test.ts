import { describe, expect, it } from 'vitest';
import { enqueue, head, markAttempt, type QueuedItem, readQueue, release, remove, unsent, writeQueue } from './queue';

interface Note {
  key: string;
  value: number;
}
const isNote = (v: unknown): v is Note =>
  typeof v === 'object' && v !== null && typeof (v as Note).key === 'string' && typeof (v as Note).value === 'number';
const q = (id: string, payload: Note = { key: 'k', value: 1 }, extra: Partial<QueuedItem<Note>> = {}): QueuedItem<Note> => ({
  id,
  payload,
  queuedAt: 0,
  attempts: 0,
  ...extra,
});
const sameKey = (a: Note, b: Note) => a.key === b.key;

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('queue storage', () => {
  it('round-trips the queue and removes the key when it empties', () => {
    const storage = memoryStorage();
    writeQueue(storage, 'k', [q('a'), q('b')]);
    expect(readQueue(storage, 'k', isNote).map((i) => i.id)).toEqual(['a', 'b']);
    writeQueue(storage, 'k', []);
    expect(storage.map.has('k')).toBe(false);
  });

  it('skips what it cannot read instead of blocking the writes behind it', () => {
    const storage = memoryStorage();
    storage.setItem('k', 'not json');
    expect(readQueue(storage, 'k', isNote)).toEqual([]);
    storage.setItem('k', JSON.stringify([q('a'), { id: 'b' }, { ...q('c'), payload: { key: 1 } }]));
    expect(readQueue(storage, 'k', isNote).map((i) => i.id)).toEqual(['a']);
  });

  it('reads what an older page stored through the upgrade it is given', () => {
    const storage = memoryStorage();
    storage.setItem('k', JSON.stringify([{ id: 'a', note: { key: 'k', value: 2 }, queuedAt: 0, attempts: 0 }]));
    const upgrade = (v: unknown) => {
      const { note, ...rest } = v as { note?: Note };
      return note ? { ...rest, payload: note } : v;
    };
    expect(readQueue(storage, 'k', isNote, upgrade)).toEqual([q('a', { key: 'k', value: 2 })]);
  });
});

describe('queue order', () => {
  it('sends from the head, and a held write holds everything behind it', () => {
    const items = enqueue(enqueue([], q('a', undefined, { held: true })), q('b'));
    expect(head(items)).toBeNull();
    const released = release(items, 'a', (p) => ({ ...p, value: 9 }));
    expect(head(released)?.id).toBe('a');
    expect(released[0]?.payload).toEqual({ key: 'k', value: 9 });
    expect(head([])).toBeNull();
  });

  it('a later value replaces an unsent write of the same thing in its place', () => {
    const items = [q('a', { key: 'h1', value: 4 }), q('b', { key: 'h2', value: 5 })];
    const next = enqueue(items, q('c', { key: 'h1', value: 6 }), sameKey);
    expect(next.map((i) => [i.id, i.payload.value])).toEqual([
      ['c', 6],
      ['b', 5],
    ]);
  });

  it('never replaces a write already tried: the new value goes behind it', () => {
    const tried = [q('a', { key: 'h1', value: 4 }, { attempts: 1 })];
    expect(enqueue(tried, q('c', { key: 'h1', value: 6 }), sameKey).map((i) => i.id)).toEqual(['a', 'c']);
    // A held value (still being tapped) is replaced with the new one, which says whether it is held.
    const held = [q('a', { key: 'h1', value: 4 }, { held: true })];
    expect(enqueue(held, q('c', { key: 'h1', value: 6 }, { held: true }), sameKey)).toEqual([
      q('c', { key: 'h1', value: 6 }, { held: true }),
    ]);
    expect(enqueue([q('a')], q('b')).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('counts attempts, knows what was never sent, and removes by id', () => {
    const items = markAttempt([q('a'), q('b')], 'b');
    expect(items.map((i) => i.attempts)).toEqual([0, 1]);
    expect(items.map((i) => unsent(i))).toEqual([true, false]);
    expect(unsent(q('a'), 'a')).toBe(false);
    expect(remove(items, 'a').map((i) => i.id)).toEqual(['b']);
  });
});
