// Without Redis, processes sharing one Postgres share what their in-process caches must agree on:
// an invalidation in one (a CLI import, another replica) reaches the others' cached reads, and a
// published doorbell reaches their subscribers, once each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cached, invalidateTags } from '../../lib/cache/cached';
import { createMemoryCache } from '../../lib/cache/memory';
import { withBus } from '../../lib/cache/shared-memory';
import type { CacheDriver } from '../../lib/cache/types';
import { testBus } from '../support/cache-bus';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
let one: CacheDriver;
let two: CacheDriver;
const buses: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
  const [a, b] = [testBus(database), testBus(database)];
  buses.push(a, b);
  one = withBus(createMemoryCache(), a);
  two = withBus(createMemoryCache(), b);
  // Subscribing waits until the process listens.
  await Promise.all([one.subscribe('ready', () => {}), two.subscribe('ready', () => {})]);
});
afterAll(async () => {
  await one?.close();
  await two?.close();
  for (const b of buses) await b.close();
  await database?.close();
});

const until = async (check: () => Promise<boolean>, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
};

describe('the in-process cache shared through Postgres', () => {
  it("drops another process's cached read when this one invalidates its tag", async () => {
    let loads = 0;
    const read = () => cached('standings', ['games'], 600, () => ++loads, { cache: two, prefix: 'bus' });
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await invalidateTags(['games'], { cache: one, prefix: 'bus' });
    expect(await until(async () => (await read()) === 2)).toBe(true);
    // Untouched tags stay cached.
    const other = () => cached('leaders', ['players'], 600, () => ++loads, { cache: two, prefix: 'bus' });
    const first = await other();
    await invalidateTags(['games'], { cache: one, prefix: 'bus' });
    expect(await other()).toBe(first);
  });

  it("rings another process's subscribers, and its own exactly once", async () => {
    const heard: Record<string, string[]> = { one: [], two: [] };
    const stopOne = await one.subscribe('stream:game-1', (m) => heard.one?.push(m));
    const stopTwo = await two.subscribe('stream:game-1', (m) => heard.two?.push(m));
    await one.publish('stream:game-1', 'seq 1');
    await one.publish('stream:game-1', 'seq 2');
    expect(await until(async () => heard.two?.length === 2)).toBe(true);
    expect(heard.two).toEqual(['seq 1', 'seq 2']);
    // Its own echo from Postgres is not delivered again.
    await new Promise((r) => setTimeout(r, 200));
    expect(heard.one).toEqual(['seq 1', 'seq 2']);
    await stopOne();
    await stopTwo();
  });

  it('keeps a message too large for NOTIFY local, and goes on working', async () => {
    const heard: string[] = [];
    const stop = await two.subscribe('big', (m) => heard.push(m));
    await one.publish('big', 'x'.repeat(10_000));
    await one.publish('big', 'small');
    expect(await until(async () => heard.length >= 1)).toBe(true);
    expect(heard).toEqual(['small']);
    await stop();
  });
});
