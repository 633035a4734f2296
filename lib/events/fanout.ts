// Encode once, write many. One channel per stream per process takes the stream's live events in seq
// order, turns each into one SSE frame (bytes) and hands the same bytes to every local viewer that is
// at that position. Gaps (a publish that overtook another, a missed ring) are filled by one Postgres
// read per channel, not one per viewer. Viewers behind the channel (joining, or paused because their
// client stopped reading) catch up on their own: from the channel's recent frames when they reach
// back far enough, else from Postgres, and rejoin the shared frames once level with the channel.
// Delivery yields to the event loop every millisecond or so, so a scorer's POST never queues behind
// a large audience.
import type { Db } from '@/lib/db/client';
import { logger } from '@/lib/log';
import { listen } from './hub';
import { streamHead } from './queries';
import type { StoredEvent } from './schemas';
import { readStream } from './store';

/** The JSON data of each event's frame, given the events in seq order from `afterSeq` on (a fold may keep state). */
export type ViewAt = (afterSeq: number) => Promise<(event: StoredEvent) => unknown> | ((event: StoredEvent) => unknown);

export interface Frame {
  seq: number;
  bytes: Uint8Array;
}

/** A viewer as the channel sees it: where it is, and a way to hand it a frame. */
export interface ChannelViewer {
  lastSent: number;
  /** True while level with the channel: the channel writes to it. False while it catches up itself. */
  live: boolean;
  /** Writes the frame; returns false when the client stopped reading (the viewer then pauses). */
  deliver(frame: Frame): boolean;
}

const encoder = new TextEncoder();
const RECENT_FRAMES = 512;
// Delivery runs in slices of about a millisecond: between them the loop serves I/O, so each await
// of a scorer's POST waits behind at most one slice, however large the audience.
const SLICE_MS = 1;
const CHECK_EVERY = 16;
const PAGE = 1000;

export function encodeFrame(event: StoredEvent, data: unknown): Frame {
  return { seq: event.seq, bytes: encoder.encode(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`) };
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class StreamChannel {
  /** The last seq encoded, in order. */
  head = 0;
  readonly viewers = new Set<ChannelViewer>();
  private recent: Frame[] = [];
  private view: ((event: StoredEvent) => unknown) | null = null;
  private chain: Promise<void> = Promise.resolve();
  private stop: (() => Promise<void> | void) | null = null;
  readonly ready: Promise<void>;

  constructor(
    readonly stream: string,
    private readonly db: Db,
    private readonly viewAt: ViewAt,
    pollMs: number,
  ) {
    this.ready = this.start(pollMs);
    this.chain = this.ready.catch(() => {});
  }

  private async start(pollMs: number): Promise<void> {
    try {
      // Subscribed before the head is read: an event appended after the read still arrives.
      this.stop = await listen(this.stream, (event) => this.enqueue(() => this.take(event)));
    } catch (err) {
      // No pub/sub (Redis down): one Postgres read per interval for all of this process's viewers.
      logger().warn({ err, stream: this.stream }, 'live delivery unavailable; polling Postgres');
      const poll = setInterval(() => this.enqueue(() => this.fill()), pollMs);
      this.stop = () => clearInterval(poll);
    }
    this.head = await streamHead(this.db, this.stream);
    this.view = await this.viewAt(this.head);
  }

  private enqueue(work: () => Promise<void>): void {
    this.chain = this.chain.then(work).catch((err) => logger().warn({ err, stream: this.stream }, 'stream fan-out failed'));
  }

  private async take(event: StoredEvent): Promise<void> {
    if (event.seq <= this.head) return;
    if (event.seq === this.head + 1) await this.emit(event);
    else await this.fill();
  }

  /** Reads what the channel has not seen from Postgres (a gap, or a poll) and emits it in order. */
  private async fill(): Promise<void> {
    for (;;) {
      const missed = await readStream(this.db, this.stream, { afterSeq: this.head, limit: PAGE });
      for (const e of missed) if (e.seq === this.head + 1) await this.emit(e);
      if (missed.length < PAGE) return;
    }
  }

  private async emit(event: StoredEvent): Promise<void> {
    const frame = encodeFrame(event, (this.view as (e: StoredEvent) => unknown)(event));
    this.head = event.seq;
    this.recent.push(frame);
    if (this.recent.length > RECENT_FRAMES) this.recent.splice(0, this.recent.length - RECENT_FRAMES);
    let n = 0;
    let slice = performance.now();
    for (const viewer of [...this.viewers]) {
      if (!viewer.live || viewer.lastSent !== frame.seq - 1) continue;
      viewer.lastSent = frame.seq;
      if (!viewer.deliver(frame)) viewer.live = false;
      if (++n % CHECK_EVERY === 0 && performance.now() - slice > SLICE_MS) {
        await yieldToLoop();
        slice = performance.now();
      }
    }
  }

  /** Frames after `seq` if the recent buffer reaches back to it, else null (read Postgres). */
  framesAfter(seq: number): Frame[] | null {
    const first = this.recent[0];
    if (seq >= this.head) return [];
    if (!first || first.seq > seq + 1) return null;
    return this.recent.slice(seq + 1 - first.seq);
  }

  async close(): Promise<void> {
    await this.stop?.();
  }
}

const KEY = Symbol.for('statline.streamChannels');
type Holder = { [KEY]?: Map<string, StreamChannel> };

function channels(): Map<string, StreamChannel> {
  const g = globalThis as Holder;
  g[KEY] ??= new Map();
  return g[KEY];
}

/**
 * Joins `viewer` to the stream's channel (created on first use); resolves once the channel listens,
 * with the channel and a leave function. The last viewer out closes the channel.
 */
export async function joinChannel(
  stream: string,
  db: Db,
  viewAt: ViewAt,
  viewer: ChannelViewer,
  pollMs = 1000,
): Promise<{ channel: StreamChannel; leave: () => Promise<void> }> {
  const all = channels();
  let channel = all.get(stream);
  if (!channel) {
    channel = new StreamChannel(stream, db, viewAt, pollMs);
    all.set(stream, channel);
    const created = channel;
    created.ready.catch(() => {
      if (all.get(stream) === created) all.delete(stream);
    });
  }
  const joined = channel;
  joined.viewers.add(viewer);
  try {
    await joined.ready;
  } catch (err) {
    joined.viewers.delete(viewer);
    throw err;
  }
  let active = true;
  const leave = async () => {
    if (!active) return;
    active = false;
    joined.viewers.delete(viewer);
    if (joined.viewers.size === 0 && all.get(stream) === joined) {
      all.delete(stream);
      await joined.close();
    }
  };
  return { channel: joined, leave };
}

/** Viewers of a stream in this process (tests wait on it instead of sleeping). */
export function viewerCount(stream: string): number {
  return channels().get(stream)?.viewers.size ?? 0;
}
