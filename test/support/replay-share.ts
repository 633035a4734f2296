// The embedded pass (PGlite, no DATABASE_URL) runs the integration suite again to prove the driver,
// not the data: there a real-data replay takes every fourth item, while the Postgres pass replays
// them all. REPLAY_ALL=1 replays everything on either driver.
export const replaysAll = () => Boolean(process.env.DATABASE_URL) || process.env.REPLAY_ALL === '1';

export function replayShare<T>(items: readonly T[], every = 4): T[] {
  return replaysAll() ? [...items] : items.filter((_, i) => i % every === 0);
}

/** A share of a field of players (every fourth in file order), always keeping the ones a test names. */
export function fieldShare<V>(field: ReadonlyMap<string, V>, keep: readonly string[], every = 4): Map<string, V> {
  if (replaysAll()) return new Map(field);
  return new Map([...field].filter(([name], i) => i % every === 0 || keep.includes(name)));
}
