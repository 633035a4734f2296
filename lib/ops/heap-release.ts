// After a large audience leaves, V8 keeps the heap it grew for them. Browsers tell V8 when a page
// goes quiet and it shrinks; Node tells it nothing, so without new allocation there is no collection
// and the process stays at its peak (a minute after 2,000 viewers left: 300 MB, against 145 MB once
// collected; `npm run bench -- fanout`). So once many streams have closed and closing has stopped,
// one full collection gives the memory back. It runs at most once per quiet spell, never per stream.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface HeapReleaser {
  /** A stream (or other long-lived holder of memory) ended. */
  closed(): void;
}

/** Calls `collect` once `churn` closes have happened and none for `quietMs`. */
export function createHeapReleaser(opts: { churn: number; quietMs: number; collect: () => void }): HeapReleaser {
  let count = 0;
  let timer: NodeJS.Timeout | undefined;
  return {
    closed() {
      count++;
      if (count < opts.churn) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        count = 0;
        opts.collect();
      }, opts.quietMs);
      timer.unref();
    },
  };
}

/** V8's full collection: exposed at run time, as `node --expose-gc` would. */
function fullCollection(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const KEY = Symbol.for('statline.heapReleaser');
type Holder = { [KEY]?: HeapReleaser };

/** The process's releaser for event streams. */
export function streamHeapReleaser(): HeapReleaser {
  const g = globalThis as Holder;
  g[KEY] ??= createHeapReleaser({ churn: 100, quietMs: 5000, collect: fullCollection() });
  return g[KEY];
}
