// Sends the outbox to the server strictly in order, one play at a time, and reports how far it got.
// Everything it touches (storage, network, clock, timers) comes in through `SenderDeps`, so the
// retry rules run in unit tests exactly as they do on a phone.
import {
  cancel,
  classify,
  enqueue,
  head,
  markAttempt,
  type QueuedEvent,
  readOutbox,
  release,
  requestBody,
  retryDelay,
  settleRejected,
  settleStored,
  writeOutbox,
} from './outbox';

export interface StoredEventJson {
  id: string;
  seq: number;
  type: string;
  data: Record<string, unknown>;
}

export interface PostResult {
  status: number;
  body: unknown;
  retryAfterSeconds: number | null;
}

export interface SenderDeps {
  key: string;
  /** localStorage, or null where there is none (then the queue lives as long as the page). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Throws when the request never got an answer (offline, connection reset, DNS…). */
  post: (body: Record<string, unknown>) => Promise<PostResult>;
  isOnline: () => boolean;
  onChange: (snapshot: SyncSnapshot) => void;
  onStored?: (event: StoredEventJson) => void;
  now?: () => number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface SyncError {
  id: string;
  event: QueuedEvent['event'];
  message: string;
  at: number;
}

export interface SyncSnapshot {
  items: QueuedEvent[];
  inFlight: string | null;
  /** Why the queue is not moving, when it is not: no network, or the session is gone. */
  stalled: 'offline' | 'signed_out' | null;
  retryAt: number | null;
  errors: SyncError[];
}

export class OutboxSender {
  private memory: QueuedEvent[] = [];
  private inFlight: string | null = null;
  private stalled: SyncSnapshot['stalled'] = null;
  private retryAt: number | null = null;
  private timer: unknown = null;
  private errors: SyncError[] = [];
  private pumping = false;
  private disposed = false;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly deps: SenderDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Re-read on every change: another tab scoring the same game may have written the queue. */
  items(): QueuedEvent[] {
    if (!this.deps.storage) return this.memory;
    try {
      return readOutbox(this.deps.storage, this.deps.key);
    } catch {
      return this.memory;
    }
  }

  private update(fn: (items: QueuedEvent[]) => QueuedEvent[]): void {
    const next = fn(this.items());
    this.memory = next;
    try {
      if (this.deps.storage) writeOutbox(this.deps.storage, this.deps.key, next);
    } catch {
      // Storage full or refused: keep going from memory rather than losing the tap.
    }
  }

  snapshot(): SyncSnapshot {
    return { items: this.items(), inFlight: this.inFlight, stalled: this.stalled, retryAt: this.retryAt, errors: this.errors };
  }

  private emit() {
    if (!this.disposed) this.deps.onChange(this.snapshot());
  }

  add(item: Omit<QueuedEvent, 'queuedAt' | 'attempts'>): void {
    this.update((items) => enqueue(items, { ...item, queuedAt: this.now(), attempts: 0 }));
    this.emit();
    void this.pump();
  }

  release(id: string, extra?: Record<string, unknown>): void {
    this.update((items) => release(items, id, extra));
    this.emit();
    void this.pump();
  }

  cancel(id: string): void {
    if (id === this.inFlight) return;
    this.update((items) => cancel(items, id));
    this.emit();
  }

  dismissErrors(): void {
    this.errors = [];
    this.emit();
  }

  /** Try now: the browser came back online, another tab changed the queue, or the page just opened. */
  kick(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.retryAt = null;
    this.emit();
    void this.pump();
  }

  /**
   * Opens the queue on page load. A play held for a second tap by a page that is gone would block
   * everything behind it: once older than a prompt lasts, it goes as it was.
   */
  start(heldForMs = 5000): void {
    const stale = this.items().filter((q) => q.held && this.now() - q.queuedAt >= heldForMs);
    if (stale.length > 0) this.update((items) => stale.reduce((acc, q) => release(acc, q.id), items));
    if (this.items().some((q) => q.held)) this.setTimer(() => this.start(heldForMs), heldForMs);
    this.kick();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.clearTimer(this.timer);
  }

  private wait(attempts: number, delayMs?: number) {
    const ms = delayMs ?? retryDelay(attempts, this.random());
    this.retryAt = this.now() + ms;
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.retryAt = null;
      void this.pump();
    }, ms);
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.disposed || this.timer !== null) return;
    this.pumping = true;
    try {
      for (;;) {
        const next = head(this.items());
        if (!next || this.disposed) break;
        if (next.undoOf) {
          // Its play left the queue without a seq it could point at (another tab cancelled it): nothing to undo.
          this.update((items) => items.filter((q) => q.id !== next.id));
          this.errors = [
            ...this.errors,
            { id: next.id, event: next.event, message: 'Undo dropped: its play was never stored.', at: this.now() },
          ].slice(-5);
          continue;
        }
        this.update((items) => markAttempt(items, next.id));
        this.inFlight = next.id;
        this.emit();
        let answer: PostResult;
        try {
          answer = await this.deps.post(requestBody(next));
        } catch {
          this.inFlight = null;
          this.stalled = 'offline';
          this.wait(next.attempts + 1);
          break;
        }
        this.inFlight = null;
        const outcome = classify(answer.status, answer.body, answer.retryAfterSeconds);
        if (outcome.kind === 'retry' || outcome.kind === 'signed_out') {
          this.stalled = outcome.kind === 'signed_out' ? 'signed_out' : this.deps.isOnline() ? null : 'offline';
          this.wait(next.attempts + 1, outcome.kind === 'retry' ? outcome.delayMs : 10_000);
          break;
        }
        this.stalled = null;
        if (outcome.kind === 'stored') {
          this.update((items) => settleStored(items, next.id, outcome.seq));
          const data = (answer.body as { data: StoredEventJson }).data;
          this.deps.onStored?.(data);
        } else {
          const dropped: QueuedEvent[] = [];
          this.update((items) => {
            const settled = settleRejected(items, next.id);
            dropped.push(...settled.dropped);
            return settled.items;
          });
          this.errors = [
            ...this.errors,
            { id: next.id, event: next.event, message: outcome.message, at: this.now() },
            ...dropped.map((d) => ({
              id: d.id,
              event: d.event,
              message: 'Undo dropped: the play it undid was refused.',
              at: this.now(),
            })),
          ].slice(-5);
        }
        this.emit();
      }
    } finally {
      this.pumping = false;
      this.emit();
    }
  }
}
