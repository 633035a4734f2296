// A Statline viewer: one raw HTTP GET of the game's event stream, its frames cut at blank lines. No
// EventSource polyfill: 2,000 of them would measure the polyfill.
import { get } from 'node:http';
import { monotonicMs } from '../clock';
import { Viewer } from './viewer';

export function connectSse(base: string, gameId: number, afterSeq: number): Promise<Viewer> {
  const viewer = new Viewer();
  return new Promise((resolve, reject) => {
    const req = get(
      `${base}/api/v1/basketball/games/${gameId}/stream?after_seq=${afterSeq}`,
      // agent: false gives each viewer its own socket, as each browser tab has.
      { agent: false, headers: { accept: 'text/event-stream' } },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`stream: ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          const at = monotonicMs();
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = /^id: ?(\d+)$/m.exec(frame)?.[1];
            const data = /^data: ?(.*)$/m.exec(frame)?.[1];
            // Parsed as a page would parse it, so both systems' viewers do a JSON.parse per play.
            if (id && data !== undefined && JSON.parse(data)) viewer.saw(Number(id), at);
          }
        });
        res.on('close', () => {
          viewer.dropped = true;
        });
        viewer.close = () => {
          res.removeAllListeners('close');
          req.destroy();
        };
        resolve(viewer);
      },
    );
    req.on('error', reject);
  });
}
