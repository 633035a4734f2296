// Messages between the bench and its viewers' process.
export type System = 'statline' | 'peer';

export type ToViewers =
  | { type: 'connect'; system: System; base: string; gameId: number; afterSeq: number; count: number }
  | { type: 'finish'; sent: [seq: number, sentMs: number][]; deadlineMs: number }
  | { type: 'close' };

export interface Delivery {
  delivery_p50_ms: number;
  delivery_p95_ms: number;
  delivery_p99_ms: number;
  delivered: number;
  missed: number;
  duplicated: number;
  /** Viewers whose connection ended before the bench closed it. */
  dropped: number;
}

export type FromViewers =
  | { type: 'progress'; connected: number }
  | { type: 'connected' }
  | { type: 'finished'; delivery: Delivery }
  | { type: 'closed' }
  | { type: 'error'; message: string };
