// A stream's events as Server-Sent Events. Postgres is the record and the doorbell is only a hint:
// a viewer first subscribes, then replays from Postgres what it has not seen (Last-Event-ID), then
// takes live events in seq order — any gap is filled from Postgres, so nothing is lost or repeated.
// A Last-Event-ID beyond the stream's head (a stream rebuilt shorter, a client's id from elsewhere)
// is lowered to the head: left as it was, every later event would look already seen.
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { metrics } from '@/lib/metrics';
import { isShuttingDown, onShutdown } from '@/lib/ops/shutdown';
import { type ChannelViewer, encodeFrame, joinChannel, type StreamChannel, type ViewAt } from './fanout';
import { streamHead } from './queries';
import type { StoredEvent } from './schemas';
import { readStream } from './store';

const encoder = new TextEncoder();
const PING = encoder.encode(': ping\n\n');

export interface SseOptions {
  db: Db;
  stream: string;
  /** The last seq the viewer has (Last-Event-ID); 0 replays the whole stream. */
  afterSeq: number;
  signal: AbortSignal;
  /**
   * The JSON written as each event's data, for events handed over in seq order from `afterSeq` on.
   * A stateless view ignores the argument; a fold (the golf leaderboard) starts from it.
   */
  viewAt: ViewAt;
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

// What each open stream holds unread (its queue): the measure of what slow viewers cost.
const unreadProbes = new Set<() => number>();

/** Bytes queued across this process's open streams that their clients have not read yet. */
export function sseUnreadBytes(): number {
  let total = 0;
  for (const probe of unreadProbes) total += probe();
  return total;
}

export function sseResponse(opts: SseOptions): Response {
  // Bytes a viewer's client may leave unread before the stream stops writing to it (it resumes by seq).
  const maxUnread = env().SSE_MAX_UNREAD_BYTES;
  let closed = false;
  let catchingUp = false;
  const viewer: ChannelViewer = { lastSent: opts.afterSeq, live: false, deliver: () => false };
  let channel: StreamChannel | null = null;
  // Set in start(): pull() and the channel resume a paused viewer through it.
  let resumeCatchUp = () => {};
  // The viewer's own view, for what it reads from Postgres; rebuilt when it fell out of step.
  let own: { at: number; view: (e: StoredEvent) => unknown } | null = null;
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

  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const room = () => (controller.desiredSize ?? 0) > 0;
        const write = (bytes: Uint8Array): boolean => {
          if (closed) return false;
          try {
            controller.enqueue(bytes);
            return room();
          } catch {
            close();
            return false;
          }
        };
        viewer.deliver = (frame) => write(frame.bytes);
        const unread = () => maxUnread - (controller.desiredSize ?? maxUnread);
        unreadProbes.add(unread);
        onEnd(() => unreadProbes.delete(unread));
        function close() {
          if (closed) return;
          closed = true;
          viewer.live = false;
          runCleanups();
          try {
            controller.close();
          } catch {
            // Already closed by the client.
          }
        }
        /**
         * Brings the viewer level with its channel: recent frames where they reach back far enough,
         * else a page from Postgres; stops when the client stops reading (pull() resumes it).
         */
        const catchUp = async () => {
          if (catchingUp || closed || !channel) return;
          catchingUp = true;
          try {
            for (;;) {
              if (closed || !channel) return;
              if (viewer.lastSent >= channel.head) {
                viewer.live = true;
                return;
              }
              if (!room()) return;
              const recent = channel.framesAfter(viewer.lastSent);
              if (recent) {
                for (const frame of recent) {
                  if (frame.seq !== viewer.lastSent + 1) continue;
                  viewer.lastSent = frame.seq;
                  if (!write(frame.bytes)) break;
                }
                continue;
              }
              if (own?.at !== viewer.lastSent) own = { at: viewer.lastSent, view: await opts.viewAt(viewer.lastSent) };
              const page = await readStream(opts.db, opts.stream, { afterSeq: viewer.lastSent, limit: 1000 });
              if (page.length === 0) {
                // The channel is ahead of what this connection's Postgres shows yet (a replica's lag): look again shortly.
                const retry = setTimeout(resumeCatchUp, 100);
                onEnd(() => clearTimeout(retry));
                return;
              }
              for (const e of page) {
                if (closed || e.seq !== viewer.lastSent + 1) continue;
                const frame = encodeFrame(e, own.view(e));
                viewer.lastSent = e.seq;
                own.at = e.seq;
                if (!write(frame.bytes)) break;
              }
            }
          } finally {
            catchingUp = false;
          }
        };
        resumeCatchUp = () => {
          if (!viewer.live && !closed) catchUp().catch(() => close());
        };

        metrics().sseClients.inc();
        onEnd(() => metrics().sseClients.dec());
        if (opts.onClose) onEnd(opts.onClose);
        write(encoder.encode(`retry: ${opts.retryMs ?? 2000}\n\n`));
        // A replica that is draining answers only the retry hint: the browser reconnects elsewhere.
        if (isShuttingDown()) return close();
        const heartbeat = setInterval(() => {
          if (viewer.live) write(PING);
        }, opts.heartbeatMs ?? 15_000);
        onEnd(() => clearInterval(heartbeat));
        // Shutdown ends the stream; the browser reconnects (to another replica) and resumes by id.
        onEnd(onShutdown(() => close()));
        // A client gone before the handler returned leaves the signal already aborted, and Next.js
        // then never reads nor cancels this body: without this check the stream (its heartbeat, its
        // channel seat and shutdown hook) would live for the life of the process.
        if (opts.signal.aborted) return close();
        const onAbort = () => close();
        opts.signal.addEventListener('abort', onAbort, { once: true });
        onEnd(() => opts.signal.removeEventListener('abort', onAbort));

        (async () => {
          viewer.lastSent = await resumeSeq(opts.db, opts.stream, viewer.lastSent);
          if (closed) return;
          const joined = await joinChannel(opts.stream, opts.db, opts.viewAt, viewer, opts.pollMs);
          onEnd(joined.leave);
          if (closed) return;
          channel = joined.channel;
          await catchUp();
        })().catch(() => close());
      },
      pull() {
        // The client read what was queued: a viewer that had paused resumes from where it stopped.
        resumeCatchUp();
      },
      cancel() {
        closed = true;
        viewer.live = false;
        runCleanups();
      },
    },
    { highWaterMark: maxUnread, size: (chunk) => chunk.byteLength },
  );

  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps compression middleware from buffering the stream.
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}
