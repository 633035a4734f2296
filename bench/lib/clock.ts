/**
 * Milliseconds on CLOCK_MONOTONIC: one clock for every process on the machine, so a time taken by
 * the viewers' process and one taken by the scorer's can be subtracted (performance.now() cannot:
 * each process counts from its own start).
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
