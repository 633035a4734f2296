// The scorer's view of the game: the server's log (as far as it is known without gaps) with the
// outbox played on top, through the same reducer the server runs. Queued plays the rules would
// refuse are reported, not applied, so the screen never shows a state the server cannot reach.
import type { LiveEvent, LoggedEvent, LoggedPlay } from '@/lib/basketball/live/events';
import { apply, check, replay } from '@/lib/basketball/live/reducer';
import type { GameSetup, GameState } from '@/lib/basketball/live/state';
import { unsent } from '@/lib/offline/queue';
import type { QueuedEvent } from './outbox';

/** An event of the server's log, with the idempotency id it was sent with. */
export type ServerEvent = LoggedEvent & { id: string };

/** Adds events (from the stream or a POST's answer) to what is known; each seq once, in order. */
export function mergeEvents(known: readonly ServerEvent[], incoming: readonly ServerEvent[]): ServerEvent[] {
  if (incoming.every((e) => known.some((k) => k.seq === e.seq))) return known as ServerEvent[];
  const bySeq = new Map(known.map((e) => [e.seq, e]));
  for (const e of incoming) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The events 1..n with no gap: a later one waits until the stream has delivered what came before. */
export function settledPrefix(events: readonly ServerEvent[]): ServerEvent[] {
  let n = 0;
  while (n < events.length && events[n]?.seq === n + 1) n++;
  return events.slice(0, n);
}

export interface LocalGame {
  state: GameState;
  /** Queued plays the reducer would refuse in this state, by outbox id, with the reason. */
  problems: Record<string, string>;
  /** Queued plays by id, with the seq they are expected to get (for undo targets and the feed). */
  pending: QueuedEvent[];
}

export function projectGame(
  setup: GameSetup,
  server: readonly ServerEvent[],
  queue: readonly QueuedEvent[],
  now = Date.now(),
): LocalGame {
  const stored = new Set(server.map((e) => e.id));
  // A play the server already has (its answer was lost, the stream brought it) must not count twice.
  const pending = queue.filter((q) => !stored.has(q.id));
  const undone = new Set(pending.flatMap((q) => (q.payload.undoOf ? [q.payload.undoOf] : [])));
  const lastSeq = server.at(-1)?.seq ?? 0;
  // Queued undos and corrections of stored plays replay the log without them or with the
  // replacement in their place, as the server will.
  const replays = (q: QueuedEvent) =>
    (q.payload.event.type === 'undo' && !q.payload.undoOf) || q.payload.event.type === 'play_corrected';
  const queuedUndos: LoggedEvent[] = pending
    .filter(replays)
    .map((q, i) => ({ ...(q.payload.event as Extract<LiveEvent, { type: 'undo' | 'play_corrected' }>), seq: lastSeq + 1 + i }));
  let state = replay(setup, [...server, ...queuedUndos]);
  const problems: Record<string, string> = {};
  for (const q of pending) {
    const { event } = q.payload;
    if (event.type === 'undo' || event.type === 'play_corrected' || undone.has(q.id)) continue;
    const reason = check(state, event);
    if (reason) {
      problems[q.id] = reason;
      continue;
    }
    // Not stored yet, so no server time: a queued clock start runs from now on this device.
    state = apply(state, { ...(event as LoggedPlay), seq: state.log.lastSeq + 1, at: now } as LoggedPlay);
  }
  return { state, problems, pending };
}

export type UndoPlan =
  | { kind: 'cancel'; id: string }
  | { kind: 'undo-queued'; id: string }
  | { kind: 'undo'; seq: number }
  | { kind: 'none' };

/**
 * What "Undo last" does: the last play that is neither an undo nor already undone. One never sent
 * is just forgotten; one sent but not yet confirmed gets an undo that waits for its seq; a stored
 * one gets an undo of its seq.
 */
export function planUndo(server: readonly ServerEvent[], queue: readonly QueuedEvent[], inFlight: string | null): UndoPlan {
  const stored = new Set(server.map((e) => e.id));
  const pending = queue.filter((q) => !stored.has(q.id));
  const voidedSeqs = new Set<number>();
  const voidedIds = new Set<string>();
  for (const e of server) if (e.type === 'undo') voidedSeqs.add(e.data.seq);
  for (const { payload: p } of pending) {
    if (p.undoOf) voidedIds.add(p.undoOf);
    else if (p.event.type === 'undo') voidedSeqs.add(p.event.data.seq);
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const q = pending[i];
    if (!q || q.payload.event.type === 'undo' || voidedIds.has(q.id)) continue;
    return unsent(q, inFlight) ? { kind: 'cancel', id: q.id } : { kind: 'undo-queued', id: q.id };
  }
  for (let i = server.length - 1; i >= 0; i--) {
    const e = server[i];
    if (e && e.type !== 'undo' && !voidedSeqs.has(e.seq)) return { kind: 'undo', seq: e.seq };
  }
  return { kind: 'none' };
}
