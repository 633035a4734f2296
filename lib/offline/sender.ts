// Sends an outbox to the server strictly in order, one write at a time, and reports how far it got.
// Everything it touches (storage, network, clock, timers) comes in through `SenderDeps`, so the
// retry rules run in unit tests exactly as they do on a phone. What a write carries and how it is
// sent belong to the caller (`P`, `send`); the queue discipline is the same for every sport.
import { classify, retryDelay, type SendResult } from './classify';
import {
  enqueue,
  head,
  markAttempt,
  type QueuedItem,
  readQueue,
  release,
  remove,
  type StorageLike,
  unsent,
  writeQueue,
} from './queue';

export interface SenderDeps<P> {
  key: string;
  /** localStorage, or null where there is none (then the queue lives as long as the page). */
  storage: StorageLike | null;
  /** Whether something read back from storage is a payload this outbox sends. */
  isPayload: (v: unknown) => v is P;
  /** An entry stored by an older page, in today's shape. */
  upgrade?: (stored: unknown) => unknown;
  /** Throws when the request never got an answer (offline, connection reset, DNS, timeout…). */
  send: (item: QueuedItem<P>) => Promise<SendResult>;
  /** Whether a 2xx body is the answer expected; one that is not is retried. */
  accept?: (item: QueuedItem<P>, body: unknown) => boolean;
  /** A new write that replaces an unsent queued one (a later value of the same thing). */
  supersedes?: (queued: P, next: P) => boolean;
  /** What storing a write changes in the writes behind it (e.g. an undo learning its target's seq). */
  afterStored?: (items: QueuedItem<P>[], stored: QueuedItem<P>, body: unknown) => QueuedItem<P>[];
  /** Writes that must go with a refused one (e.g. an undo of it), dropped and reported with it. */
  dependents?: (items: QueuedItem<P>[], rejected: QueuedItem<P>) => QueuedItem<P>[];
  /** Why the next write can no longer be sent (what it needed left the queue unstored); it is dropped with this message. */
  unsendable?: (item: QueuedItem<P>) => string | null;
  /** The sender's own words, where the caller names its writes better (a "play" rather than a "write"). */
  messages?: SenderMessages;
  isOnline: () => boolean;
  onChange: (snapshot: SyncSnapshot<P>) => void;
  onStored?: (item: QueuedItem<P>, body: unknown) => void;
  now?: () => number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface SenderMessages {
  /** A refusal whose answer carries no message of its own. */
  refused?: (status: number) => string;
  /** A write dropped because the one it depended on was refused. */
  dependentDropped?: string;
}

export interface SyncError<P> {
  id: string;
  payload: P;
  message: string;
  at: number;
}

export interface SyncSnapshot<P> {
  items: QueuedItem<P>[];
  inFlight: string | null;
  /** Why the queue is not moving, when it is not: no network, or the session is gone. */
  stalled: 'offline' | 'signed_out' | null;
  retryAt: number | null;
  errors: SyncError<P>[];
}

export const emptySnapshot = <P>(): SyncSnapshot<P> => ({ items: [], inFlight: null, stalled: null, retryAt: null, errors: [] });

export class OutboxSender<P> {
  private memory: QueuedItem<P>[] = [];
  private inFlight: string | null = null;
  private stalled: SyncSnapshot<P>['stalled'] = null;
  private retryAt: number | null = null;
  private timer: unknown = null;
  private errors: SyncError<P>[] = [];
  private pumping = false;
  private disposed = false;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly deps: SenderDeps<P>) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Re-read on every change: another tab writing to the same outbox may have changed the queue. */
  items(): QueuedItem<P>[] {
    if (!this.deps.storage) return this.memory;
    try {
      return readQueue(this.deps.storage, this.deps.key, this.deps.isPayload, this.deps.upgrade);
    } catch {
      return this.memory;
    }
  }

  private update(fn: (items: QueuedItem<P>[]) => QueuedItem<P>[]): void {
    const next = fn(this.items());
    this.memory = next;
    try {
      if (this.deps.storage) writeQueue(this.deps.storage, this.deps.key, next);
    } catch {
      // Storage full or refused: keep going from memory rather than losing the write.
    }
  }

  snapshot(): SyncSnapshot<P> {
    return { items: this.items(), inFlight: this.inFlight, stalled: this.stalled, retryAt: this.retryAt, errors: this.errors };
  }

  private emit() {
    if (!this.disposed) this.deps.onChange(this.snapshot());
  }

  private report(item: QueuedItem<P>, message: string) {
    this.errors = [...this.errors, { id: item.id, payload: item.payload, message, at: this.now() }].slice(-5);
  }

  add(item: Pick<QueuedItem<P>, 'id' | 'payload' | 'held'>): void {
    this.update((items) => enqueue(items, { ...item, queuedAt: this.now(), attempts: 0 }, this.deps.supersedes));
    this.emit();
    void this.pump();
  }

  release(id: string, change?: (p: P) => P): void {
    this.update((items) => release(items, id, change));
    this.emit();
    void this.pump();
  }

  /** Forgets a write never sent (and what depends on it); one already tried may be stored, so it stays. */
  cancel(id: string): void {
    const target = this.items().find((q) => q.id === id);
    if (!target || !unsent(target, this.inFlight)) return;
    this.update((items) => {
      const gone = new Set([id, ...(this.deps.dependents?.(items, target) ?? []).map((d) => d.id)]);
      return items.filter((q) => !gone.has(q.id));
    });
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
   * Opens the queue on page load. A write held for a second tap by a page that is gone would block
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
        const unsendable = this.deps.unsendable?.(next);
        if (unsendable) {
          this.update((items) => remove(items, next.id));
          this.report(next, unsendable);
          continue;
        }
        this.update((items) => markAttempt(items, next.id));
        this.inFlight = next.id;
        this.emit();
        let answer: SendResult;
        try {
          answer = await this.deps.send(next);
        } catch {
          this.inFlight = null;
          this.stalled = 'offline';
          this.wait(next.attempts + 1);
          break;
        }
        this.inFlight = null;
        const outcome = classify(answer, (body) => this.deps.accept?.(next, body) ?? true, this.deps.messages?.refused);
        if (outcome.kind === 'retry' || outcome.kind === 'signed_out') {
          this.stalled = outcome.kind === 'signed_out' ? 'signed_out' : this.deps.isOnline() ? null : 'offline';
          this.wait(next.attempts + 1, outcome.kind === 'retry' ? outcome.delayMs : 10_000);
          break;
        }
        this.stalled = null;
        if (outcome.kind === 'stored') {
          this.update((items) => {
            const rest = remove(items, next.id);
            return this.deps.afterStored ? this.deps.afterStored(rest, next, answer.body) : rest;
          });
          this.deps.onStored?.(next, answer.body);
        } else {
          let dropped: QueuedItem<P>[] = [];
          this.update((items) => {
            dropped = this.deps.dependents?.(items, next) ?? [];
            const gone = new Set([next.id, ...dropped.map((d) => d.id)]);
            return items.filter((q) => !gone.has(q.id));
          });
          this.report(next, outcome.message);
          const why = this.deps.messages?.dependentDropped ?? 'Dropped: the write it depended on was refused.';
          for (const d of dropped) this.report(d, why);
        }
        this.emit();
      }
    } finally {
      this.pumping = false;
      this.emit();
    }
  }
}
