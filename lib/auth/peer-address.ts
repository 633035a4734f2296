// The address of the machine at the other end of the TCP connection. Route handlers in Next.js see
// only a Request, so start-up stamps every incoming request with it, in a header of our own, before
// Next.js reads the request: Node publishes each request on a diagnostics channel just before the
// server handles it. A client's own copy of the header is overwritten, never trusted.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

export const PEER_HEADER = 'x-statline-peer-address';

const KEY = Symbol.for('statline.peerStamp');
type Holder = { [KEY]?: true };

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) is 192.0.2.1; anything unusable is null. */
export function normalizeAddress(address: string | undefined): string | null {
  if (!address) return null;
  const v4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return v4?.[1] ?? address;
}

/** Overwrites the header with the socket's address (or removes a client's copy if there is none). */
export function stampPeerAddress(request: IncomingMessage, socket: Socket): void {
  const address = normalizeAddress(socket.remoteAddress);
  if (address) request.headers[PEER_HEADER] = address;
  else delete request.headers[PEER_HEADER];
}

/** Idempotent; once per process, from start-up (lib/boot.ts), before the first request is served. */
export function installPeerAddressStamp(): void {
  const g = globalThis as Holder;
  if (g[KEY]) return;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    stampPeerAddress(request, socket);
  });
  g[KEY] = true;
}

/**
 * The stamped peer address, or null. Without the stamp installed in this process the header could
 * only have come from the client, so it is ignored.
 */
export function peerAddress(headers: Headers): string | null {
  if (!(globalThis as Holder)[KEY]) return null;
  return headers.get(PEER_HEADER);
}
