'use client';

// The round's outbox on this device: holes and the finish, sent in order with their idempotency
// keys, kept in localStorage until the server has them.
import {
  isRoundWrite,
  isStoredAnswer,
  type RoundWrite,
  roundOutboxKey,
  sameHole,
  writeRequest,
} from '@/lib/golf/client/round-writes';
import { sendJson } from '@/lib/offline/http';
import type { QueuedItem } from '@/lib/offline/queue';
import { type Outbox, useOutbox } from '@/lib/offline/use-outbox';

export function useRoundOutbox(
  roundId: string,
  onStored: (item: QueuedItem<RoundWrite>, body: unknown) => void,
): Outbox<RoundWrite> {
  return useOutbox<RoundWrite>({
    key: roundOutboxKey(roundId),
    isPayload: isRoundWrite,
    send: (item) => {
      const r = writeRequest(item);
      return sendJson(r.url, { method: r.method, headers: r.headers, body: r.body });
    },
    accept: (item, body) => isStoredAnswer(item.payload, body),
    supersedes: sameHole,
    onStored,
  });
}
