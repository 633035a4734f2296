// After a large audience leaves, V8 keeps the heap it grew for them. Browsers tell V8 when a page
// goes quiet and it shrinks; Node tells it nothing, so without new allocation there is no collection
// and the process stays at its peak (a minute after 2,000 viewers left: 300 MB, against 145 MB once
// collected; `npm run bench -- fanout`). So once many streams have closed and closing has stopped,
// a few full collections give the memory back: once per quiet spell, never per stream.
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

/**
 * A few full collections a second apart: each compacts only part of a fragmented heap, and V8 hands
 * pages back as they empty (one collection after 2,000 streams left freed the objects but kept all
 * 212 MB of pages; four brought RSS back to where it started).
 */
function compactingCollections(gc: () => void, times = 4): () => void {
  return () => {
    let done = 0;
    const step = () => {
      gc();
      if (++done < times) setTimeout(step, 1000).unref();
    };
    step();
  };
}

const KEY = Symbol.for('statline.heapReleaser');
type Holder = { [KEY]?: HeapReleaser };

/** The process's releaser for event streams. */
export function streamHeapReleaser(): HeapReleaser {
  const g = globalThis as Holder;
  g[KEY] ??= createHeapReleaser({ churn: 100, quietMs: 5000, collect: compactingCollections(fullCollection()) });
  return g[KEY];
}
