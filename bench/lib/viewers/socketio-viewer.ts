// A peer viewer: a Socket.io client over WebSocket that joins the game's room on connect.
import { io } from 'socket.io-client';
import { Viewer } from './viewer';

export function connectSocketIo(base: string, gameId: number): Promise<Viewer> {
  const viewer = new Viewer();
  // forceNew: clients to one URL otherwise share one connection. No reconnection, as the SSE viewers
  // have none: a viewer that drops is counted, not quietly repaired.
  const socket = io(base, { transports: ['websocket'], forceNew: true, reconnection: false, query: { game: String(gameId) } });
  socket.on('play', (event: { seq: number }) => viewer.saw(event.seq));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.on('disconnect', () => {
        viewer.dropped = true;
      });
      viewer.close = () => {
        socket.off('disconnect');
        socket.close();
      };
      resolve(viewer);
    });
    socket.once('connect_error', reject);
  });
}
