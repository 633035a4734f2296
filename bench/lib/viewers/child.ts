// The viewers' process: every viewer of a run, apart from the scorer, so reading 40,000 messages a
// second does not delay the POSTs the scorer must send on time. Forked by ./pool.ts.
import { monotonicMs } from '../clock';
import { percentile } from '../percentile';
import type { Delivery, FromViewers, ToViewers } from './protocol';
import { connectSocketIo } from './socketio-viewer';
import { connectSse } from './sse-viewer';
import type { Viewer } from './viewer';

// Connections opened at once: enough to connect 2,000 in seconds, few enough not to look like a flood.
const CONNECTING_AT_ONCE = 50;

let viewers: Viewer[] = [];
const send = (m: FromViewers) => process.send?.(m);

async function connect(m: Extract<ToViewers, { type: 'connect' }>) {
  viewers = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONNECTING_AT_ONCE, m.count) }, async () => {
      while (next < m.count) {
        next++;
        viewers.push(
          await (m.system === 'statline' ? connectSse(m.base, m.gameId, m.afterSeq) : connectSocketIo(m.base, m.gameId)),
        );
        if (viewers.length % 10 === 0) send({ type: 'progress', connected: viewers.length });
      }
    }),
  );
  send({ type: 'connected' });
}

async function finish(m: Extract<ToViewers, { type: 'finish' }>): Promise<Delivery> {
  // By size, not seq by seq: 2,000 viewers × 200 seqs looked up every 20 ms would slow the viewers
  // being waited for. Only sent seqs can arrive (a run's stream starts empty past afterSeq).
  const complete = () => viewers.every((v) => v.first.size >= m.sent.length);
  while (monotonicMs() < m.deadlineMs && !complete()) await new Promise((r) => setTimeout(r, 20));
  const delivery: number[] = [];
  let missed = 0;
  for (const v of viewers) {
    for (const [seq, sentMs] of m.sent) {
      const at = v.first.get(seq);
      if (at === undefined) missed++;
      else delivery.push(at - sentMs);
    }
  }
  return {
    delivery_p50_ms: percentile(delivery, 50),
    delivery_p95_ms: percentile(delivery, 95),
    delivery_p99_ms: percentile(delivery, 99),
    delivered: delivery.length,
    missed,
    duplicated: viewers.reduce((n, v) => n + v.duplicated, 0),
    dropped: viewers.filter((v) => v.dropped).length,
  };
}

process.on('message', (m: ToViewers) => {
  const work = async () => {
    if (m.type === 'connect') await connect(m);
    else if (m.type === 'finish') send({ type: 'finished', delivery: await finish(m) });
    else {
      for (const v of viewers) v.close();
      viewers = [];
      send({ type: 'closed' });
    }
  };
  work().catch((err: unknown) => send({ type: 'error', message: String(err) }));
});
