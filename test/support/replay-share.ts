// The embedded pass (PGlite, no DATABASE_URL) runs the integration suite again to prove the driver,
// not the data: there a real-data replay takes every fourth item, while the Postgres pass replays
// them all. REPLAY_ALL=1 replays everything on either driver.
export function replayShare<T>(items: readonly T[], every = 4): T[] {
  const all = Boolean(process.env.DATABASE_URL) || process.env.REPLAY_ALL === '1';
  return all ? [...items] : items.filter((_, i) => i % every === 0);
}
