// A stream's events as Server-Sent Events. Postgres is the record and the doorbell is only a hint:
// a viewer first subscribes, then replays from Postgres what it has not seen (Last-Event-ID), then
// takes live events in seq order — any gap is filled from Postgres, so nothing is lost or repeated.
// A Last-Event-ID beyond the stream's head (a stream rebuilt shorter, a client's id from elsewhere)
// is lowered to the head: left as it was, every later event would look already seen.
import type { Db } from '@/lib/db/client';
import { metrics } from '@/lib/metrics';
import { isShuttingDown, onShutdown } from '@/lib/ops/shutdown';
import { listen } from './hub';
import { streamHead } from './queries';
import type { StoredEvent } from './schemas';
import { readStream } from './store';

export interface SseOptions {
  db: Db;
  stream: string;
  /** The last seq the viewer has (Last-Event-ID); 0 replays the whole stream. */
  afterSeq: number;
  signal: AbortSignal;
  /** The JSON written as each event's data. */
  view: (event: StoredEvent) => unknown;
  heartbeatMs?: number;
  /** How often to read Postgres when live delivery is unavailable (no pub/sub). */
  pollMs?: number;
  /** Reconnect delay the browser is told to use. */
  retryMs?: number;
  /** Called once when the stream ends, however it ends (the caller's connection slot). */
  onClose?: () => void;
}

/** Where a viewer asking to resume after `afterSeq` resumes: never past the stream's head. */
export async function resumeSeq(db: Db, stream: string, afterSeq: number): Promise<number> {
  return Math.min(afterSeq, await streamHead(db, stream));
}

export function sseResponse(opts: SseOptions): Response {
  const encoder = new TextEncoder();
  let lastSent = opts.afterSeq;
  let closed = false;
  const cleanups: (() => unknown)[] = [];
  const runCleanups = () => {
    for (const c of cleanups.splice(0)) {
      try {
        Promise.resolve(c()).catch(() => {});
      } catch {
        // One failing cleanup must not keep the others from running.
      }
    }
  };
  // Work set up after the stream ended (an await that resolved late) is undone at once, not kept.
  const onEnd = (cleanup: () => unknown) => {
    cleanups.push(cleanup);
    if (closed) runCleanups();
  };
  // All writes go through one chain, so catch-up reads and live events never interleave.
  let chain: Promise<void> = Promise.resolve();

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (event: StoredEvent) => {
        write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(opts.view(event))}\n\n`);
        lastSent = event.seq;
      };
      const catchUp = async () => {
        for (;;) {
          const missed = await readStream(opts.db, opts.stream, { afterSeq: lastSent, limit: 1000 });
          for (const e of missed) if (!closed) send(e);
          if (missed.length < 1000 || closed) return;
        }
      };
      const enqueue = (work: () => Promise<void> | void) => {
        chain = chain.then(work).catch(() => close());
      };
      const onLive = (event: StoredEvent) =>
        enqueue(async () => {
          if (closed || event.seq <= lastSent) return;
          if (event.seq === lastSent + 1) send(event);
          else await catchUp();
        });
      function close() {
        if (closed) return;
        closed = true;
        runCleanups();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      }

      metrics().sseClients.inc();
      onEnd(() => metrics().sseClients.dec());
      if (opts.onClose) onEnd(opts.onClose);
      write(`retry: ${opts.retryMs ?? 2000}\n\n`);
      // A replica that is draining answers only the retry hint: the browser reconnects elsewhere.
      if (isShuttingDown()) return close();
      const heartbeat = setInterval(() => write(': ping\n\n'), opts.heartbeatMs ?? 15_000);
      onEnd(() => clearInterval(heartbeat));
      // Shutdown ends the stream; the browser reconnects (to another replica) and resumes by id.
      onEnd(onShutdown(() => close()));
      // A client gone before the handler returned leaves the signal already aborted, and Next.js
      // then never reads nor cancels this body: without this check the stream (its heartbeat, hub
      // listener, shutdown hook and everything it enqueues) would live for the life of the process.
      if (opts.signal.aborted) return close();
      const onAbort = () => close();
      opts.signal.addEventListener('abort', onAbort, { once: true });
      onEnd(() => opts.signal.removeEventListener('abort', onAbort));

      enqueue(async () => {
        // Before subscribing: an event appended after this read still arrives, live or by catch-up.
        lastSent = await resumeSeq(opts.db, opts.stream, lastSent);
        if (closed) return;
        try {
          onEnd(await listen(opts.stream, onLive));
        } catch {
          if (closed) return;
          // No pub/sub (Redis down): fall back to reading Postgres on a timer.
          const poll = setInterval(() => enqueue(catchUp), opts.pollMs ?? 1000);
          onEnd(() => clearInterval(poll));
        }
        await catchUp();
      });
    },
    cancel() {
      closed = true;
      runCleanups();
    },
  });

  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps compression middleware from buffering the stream.
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}
