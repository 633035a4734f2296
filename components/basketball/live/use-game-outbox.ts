'use client';

// The outbox of one game on this device: plays POSTed to the events API in tap order with their
// ids, kept in localStorage until the server has them.
import {
  outboxKey,
  type PlayWrite,
  playRules,
  requestBody,
  type StoredEventJson,
  storedEvent,
} from '@/lib/basketball/client/outbox';
import { sendJson } from '@/lib/offline/http';
import { type Outbox, useOutbox } from '@/lib/offline/use-outbox';

export function useGameOutbox(gameId: number, onStored: (e: StoredEventJson) => void): Outbox<PlayWrite> {
  return useOutbox<PlayWrite>({
    key: outboxKey(gameId),
    ...playRules,
    send: (item) => sendJson(`/api/v1/basketball/games/${gameId}/events`, { method: 'POST', body: requestBody(item) }),
    onStored: (_item, body) => {
      const e = storedEvent(body);
      if (e) onStored(e);
    },
  });
}
