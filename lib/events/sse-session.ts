// One viewer's stream, whatever carries its bytes (a web Response body, or the Node response the
// production server handed over). Postgres is the record and the doorbell is only a hint: the viewer
// first joins its stream's channel, then replays from Postgres what it has not seen (Last-Event-ID),
// then takes the channel's shared frames in seq order. A viewer whose client stops reading pauses and
// later resumes by seq, so nothing is lost, repeated, or buffered without bound.
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { metrics } from '@/lib/metrics';
import { streamHeapReleaser } from '@/lib/ops/heap-release';
import { isShuttingDown, onShutdown } from '@/lib/ops/shutdown';
import { type ChannelViewer, encodeFrame, joinChannel, type StreamChannel, type ViewAt } from './fanout';
import { streamHead } from './queries';
import type { StoredEvent } from './schemas';
import { readStream } from './store';

const PING = new TextEncoder().encode(': ping\n\n');

/** Where the bytes go. */
export interface SseSink {
  /** direct: to the Node response (server.mjs); web: through a Response body. */
  transport: 'direct' | 'web';
  /** Queues bytes for the client; false when it should not be given more until it reads. */
  write(bytes: Uint8Array): boolean;
  /** Whether the client has room for more (unread bytes under the bound). */
  room(): boolean;
  /** Bytes queued that the client has not read yet. */
  unread(): number;
  /** Ends the response. */
  end(): void;
}

export interface SessionOptions {
  db: Db;
  stream: string;
  afterSeq: number;
  viewAt: ViewAt;
  heartbeatMs?: number;
  pollMs?: number;
  onClose?: () => void;
}

/** Where a viewer asking to resume after `afterSeq` resumes: never past the stream's head. */
export async function resumeSeq(db: Db, stream: string, afterSeq: number): Promise<number> {
  return Math.min(afterSeq, await streamHead(db, stream));
}

// What each open stream holds unread: the measure of what slow viewers cost.
const unreadProbes = new Set<() => number>();

/** Bytes queued across this process's open streams that their clients have not read yet. */
export function sseUnreadBytes(): number {
  let total = 0;
  for (const probe of unreadProbes) total += probe();
  return total;
}

export class SseSession {
  private closed = false;
  private catchingUp = false;
  private sink: SseSink | null = null;
  private channel: StreamChannel | null = null;
  private readonly viewer: ChannelViewer;
  // The viewer's own view, for what it reads from Postgres; rebuilt when it fell out of step.
  private own: { at: number; view: (e: StoredEvent) => unknown } | null = null;
  private readonly cleanups: (() => unknown)[] = [];

  constructor(private readonly opts: SessionOptions) {
    this.viewer = { lastSent: opts.afterSeq, live: false, deliver: (frame) => this.write(frame.bytes) };
    // Registered first, so the caller's slot is released however early the stream ends.
    if (opts.onClose) this.onEnd(opts.onClose);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Starts writing to `sink` (which already carries the retry hint): joins, catches up, goes live. */
  begin(sink: SseSink): void {
    if (this.closed) {
      sink.end();
      return;
    }
    this.sink = sink;
    const unread = () => sink.unread();
    unreadProbes.add(unread);
    this.onEnd(() => unreadProbes.delete(unread));
    const gauge = metrics().sseClients.labels(sink.transport);
    gauge.inc();
    this.onEnd(() => gauge.dec());
    // A replica that is draining answers only the retry hint: the browser reconnects elsewhere.
    if (isShuttingDown()) {
      this.close();
      return;
    }
    const heartbeat = setInterval(() => {
      if (this.viewer.live) this.write(PING);
    }, this.opts.heartbeatMs ?? env().SSE_HEARTBEAT_MS);
    this.onEnd(() => clearInterval(heartbeat));
    // Shutdown ends the stream; the browser reconnects (to another replica) and resumes by id.
    this.onEnd(onShutdown(() => this.close()));
    this.join().catch(() => this.close());
  }

  /** The client read what was queued: a viewer that had paused resumes from where it stopped. */
  resume(): void {
    if (!this.viewer.live && !this.closed && this.channel) this.catchUp().catch(() => this.close());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.viewer.live = false;
    this.runCleanups();
    this.sink?.end();
    if (this.sink) streamHeapReleaser().closed();
  }

  private runCleanups(): void {
    for (const c of this.cleanups.splice(0)) {
      try {
        Promise.resolve(c()).catch(() => {});
      } catch {
        // One failing cleanup must not keep the others from running.
      }
    }
  }

  /** Registers work to undo when the stream ends; undone at once if it already has (a late await). */
  onEnd(cleanup: () => unknown): void {
    this.cleanups.push(cleanup);
    if (this.closed) this.runCleanups();
  }

  private write(bytes: Uint8Array): boolean {
    if (this.closed || !this.sink) return false;
    try {
      return this.sink.write(bytes);
    } catch {
      this.close();
      return false;
    }
  }

  private async join(): Promise<void> {
    const { db, stream, viewAt, pollMs } = this.opts;
    this.viewer.lastSent = await resumeSeq(db, stream, this.viewer.lastSent);
    if (this.closed) return;
    const joined = await joinChannel(stream, db, viewAt, this.viewer, pollMs);
    this.onEnd(joined.leave);
    if (this.closed) return;
    this.channel = joined.channel;
    await this.catchUp();
  }

  /**
   * Brings the viewer level with its channel: recent frames where they reach back far enough, else
   * a page from Postgres; stops when the client stops reading (resume() picks it up again).
   */
  private async catchUp(): Promise<void> {
    if (this.catchingUp) return;
    this.catchingUp = true;
    const viewer = this.viewer;
    try {
      for (;;) {
        const channel = this.channel;
        if (this.closed || !channel || !this.sink) return;
        if (viewer.lastSent >= channel.head) {
          viewer.live = true;
          return;
        }
        if (!this.sink.room()) return;
        const recent = channel.framesAfter(viewer.lastSent);
        if (recent) {
          for (const frame of recent) {
            if (frame.seq !== viewer.lastSent + 1) continue;
            viewer.lastSent = frame.seq;
            if (!this.write(frame.bytes)) break;
          }
          continue;
        }
        if (this.own?.at !== viewer.lastSent) {
          this.own = { at: viewer.lastSent, view: await this.opts.viewAt(viewer.lastSent) };
        }
        const own = this.own;
        const page = await readStream(this.opts.db, this.opts.stream, { afterSeq: viewer.lastSent, limit: 1000 });
        if (page.length === 0) {
          // The channel is ahead of what this connection's Postgres shows yet (a replica's lag): look again shortly.
          const retry = setTimeout(() => this.resume(), 100);
          this.onEnd(() => clearTimeout(retry));
          return;
        }
        for (const e of page) {
          if (this.closed || e.seq !== viewer.lastSent + 1) continue;
          const frame = encodeFrame(e, own.view(e));
          viewer.lastSent = e.seq;
          own.at = e.seq;
          if (!this.write(frame.bytes)) break;
        }
      }
    } finally {
      this.catchingUp = false;
    }
  }
}
