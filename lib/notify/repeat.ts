// A job run again and again on one process: each run says how long to wait before the next, so
// runs never overlap; stopping waits for the run in flight. The notify consumer and the digest
// sender both run this way on every replica (their own locks keep replicas from doubling work).
export function repeat(run: () => Promise<number>, firstDelayMs: number): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = (async () => {
      const delay = await run();
      if (!stopped) timer = setTimeout(tick, delay);
    })();
  };
  timer = setTimeout(tick, firstDelayMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
