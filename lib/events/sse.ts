// A stream's events as Server-Sent Events (the viewer's logic is in sse-session.ts). The bytes go one
// of two ways with the same contract: straight to the Node response when the production server
// handed it over (server.mjs; one socket write per frame, nothing per chunk in between), else through
// the web Response body (`next dev`, in-process tests).
import type { ServerResponse } from 'node:http';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import type { ViewAt } from './fanout';
import { SseSession, type SseSink } from './sse-session';

export { resumeSeq, sseUnreadBytes } from './sse-session';

const encoder = new TextEncoder();

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
  /** The request's Node response, when the server handed it over (lib/events/raw-response.ts). */
  nodeResponse?: ServerResponse | null;
  heartbeatMs?: number;
  /** How often to read Postgres when live delivery is unavailable (no pub/sub). */
  pollMs?: number;
  /** Reconnect delay the browser is told to use. */
  retryMs?: number;
  /** Called once when the stream ends, however it ends (the caller's connection slot). */
  onClose?: () => void;
}

const HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  // no-transform keeps compression middleware from buffering the stream.
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
};

/** The answer to HEAD: the stream's headers and no stream (nobody would read it, or end it). */
export function sseHeadResponse(): Response {
  return new Response(null, { headers: HEADERS });
}

export function sseResponse(opts: SseOptions): Response {
  // Bytes a viewer's client may leave unread before the stream stops writing to it (it resumes by seq).
  const maxUnread = env().SSE_MAX_UNREAD_BYTES;
  const session = new SseSession(opts);
  const hint = encoder.encode(`retry: ${opts.retryMs ?? 2000}\n\n`);
  // A client gone before the handler returned leaves the signal already aborted, and Next.js then
  // never reads nor cancels the body: without this check the stream (its heartbeat, channel seat and
  // shutdown hook) would live for the life of the process.
  if (opts.signal.aborted) session.close();
  else opts.signal.addEventListener('abort', () => session.close(), { once: true });
  const body = opts.nodeResponse ? nodeBody(session, opts.nodeResponse, hint, maxUnread) : webBody(session, hint, maxUnread);
  return new Response(body, { headers: HEADERS });
}

function webBody(session: SseSession, hint: Uint8Array, maxUnread: number): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const room = () => (controller.desiredSize ?? 0) > 0;
        controller.enqueue(hint);
        session.begin({
          transport: 'web',
          write: (bytes) => {
            controller.enqueue(bytes);
            return room();
          },
          room,
          unread: () => maxUnread - (controller.desiredSize ?? maxUnread),
          end: () => {
            try {
              controller.close();
            } catch {
              // Already closed by the client.
            }
          },
        });
      },
      pull: () => session.resume(),
      cancel: () => session.close(),
    },
    { highWaterMark: maxUnread, size: (chunk) => chunk.byteLength },
  );
}

/**
 * The body carries only the retry hint, through Next.js, which sends the status and headers with it;
 * once they are out, frames are written to the Node response directly and the stream ends it.
 *
 * Next.js is then released: its writer ends the response only if it is not already finished, so the
 * response reports itself finished while the stream owns it and the body closes. Left waiting, each
 * open stream held Next's whole request (about 100 pending promises, 75 KB of heap per viewer in a
 * heap snapshot at 2,000 viewers).
 */
function nodeBody(session: SseSession, res: ServerResponse, hint: Uint8Array, maxUnread: number): ReadableStream<Uint8Array> {
  let started = false;
  let owned = false;
  const gone = () => res.destroyed || res.writableEnded;
  res.once('close', () => session.close());
  let closeBody = () => {};
  const end = () => {
    if (!owned) return closeBody();
    delete (res as { writableFinished?: boolean }).writableFinished;
    if (!res.writableEnded) res.end();
  };
  const resume = () => session.resume();
  const sink: SseSink = {
    transport: 'direct',
    write: (bytes) => {
      if (gone()) return false;
      if (res.writableLength + bytes.byteLength < maxUnread) {
        res.write(bytes);
        return true;
      }
      // The write that reaches the bound pauses the viewer; it resumes once those bytes are out.
      // (Not on 'drain': Node emits it only past the socket's own high-water mark.)
      res.write(bytes, resume);
      return false;
    },
    room: () => !gone() && res.writableLength < maxUnread,
    unread: () => res.writableLength,
    end,
  };
  // Next.js asks for the second chunk after writing the first: from then on the headers are out.
  const whenSent = () => {
    if (session.isClosed) return sink.end();
    if (!res.headersSent) return void setImmediate(whenSent);
    Object.defineProperty(res, 'writableFinished', { configurable: true, get: () => true });
    owned = true;
    closeBody();
    session.begin(sink);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(hint);
        closeBody = () => {
          try {
            controller.close();
          } catch {
            // Already closed by the client.
          }
        };
      },
      pull() {
        if (started) return;
        started = true;
        whenSent();
      },
      cancel: () => session.close(),
    },
    { highWaterMark: 0 },
  );
}
