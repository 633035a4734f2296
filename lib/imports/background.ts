// Uploaded imports (and other jobs with a row of their own, such as model training) run after the
// response (the file was read within its limit before, so a 413 was still possible). The job row is
// the record of how it went; these promises only exist so tests (and a drain on shutdown) can wait.
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { onShutdown } from '@/lib/ops/shutdown';

const running = new Set<Promise<void>>();

/** Starts `task` without awaiting it; a failure is logged (the task has already marked its job failed). */
export function runInBackground(log: Logger, jobId: string, task: () => Promise<unknown>): void {
  const p = task().then(
    () => undefined,
    (err: unknown) => log.warn({ err, jobId }, 'background job failed'),
  );
  running.add(p);
  void p.finally(() => running.delete(p));
  // A shutdown waits (up to its grace period) for running imports; one cut off stays 'running'.
  if (running.size === 1) {
    const off = onShutdown(() => backgroundImportsSettled());
    void backgroundImportsSettled().then(off);
  }
}

export async function backgroundImportsSettled(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}

/** Hands the file to the importer in pieces, so its byte count and progress move as it reads. */
export function chunked(file: Buffer, size = 64 * 1024): Readable {
  return Readable.from(
    (async function* () {
      for (let i = 0; i < file.length; i += size) {
        // PGlite runs in this thread and its queries settle without I/O: with no turn of the event
        // loop between pieces, an import would hold up every other request (its own 202 included).
        await new Promise((resolve) => setImmediate(resolve));
        yield file.subarray(i, i + size);
      }
    })(),
  );
}

/** Non-blank lines minus the header: the row count a progress bar needs before parsing starts. */
export function estimateCsvRows(file: Buffer): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < file.length; i++) {
    const byte = file[i];
    if (byte === 0x0a) {
      if (!blank) lines++;
      blank = true;
    } else if (blank && byte !== 0x0d && byte !== 0x20 && byte !== 0x09) blank = false;
  }
  if (!blank) lines++;
  return Math.max(0, lines - 1);
}
