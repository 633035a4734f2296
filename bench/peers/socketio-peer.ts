// The fanout bench's peer: the usual Node stack for live updates (Express, Socket.io rooms, the Redis
// adapter so replicas could share rooms, Postgres), doing per play what Statline's append does:
// lock the game, append the event at the next seq, update the totals, commit, then broadcast.
// Run by the bench: node --import tsx bench/peers/socketio-peer.ts (PORT, DATABASE_URL, REDIS_URL).
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import express from 'express';
import postgres from 'postgres';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { createPeerTables } from './schema';

interface Play {
  type: string;
  team_id: number;
  player_id: number;
  made: boolean;
}

const sql = postgres(process.env.DATABASE_URL ?? '', { max: 10, onnotice: () => {} });
await createPeerTables(sql);

const pub = createClient({ url: process.env.REDIS_URL });
const sub = pub.duplicate();
await Promise.all([pub.connect(), sub.connect()]);

const app = express();
app.use(express.json());
const server = createServer(app);
const io = new Server(server, { adapter: createAdapter(pub, sub), serveClient: false });

io.on('connection', (socket) => {
  void socket.join(`game:${socket.handshake.query.game}`);
});

async function append(gameId: number, play: Play) {
  return sql.begin(async (tx) => {
    const [game] = await tx`select id from peer_games where id = ${gameId} for update`;
    if (!game) return null;
    const [head] = await tx<
      { seq: number }[]
    >`select coalesce(max(seq), 0)::int as seq from peer_events where game_id = ${gameId}`;
    const seq = (head?.seq ?? 0) + 1;
    const [row] = await tx<{ created_at: Date }[]>`
      insert into peer_events (game_id, seq, type, data) values (${gameId}, ${seq}, ${play.type}, ${tx.json({ ...play })})
      returning created_at`;
    await tx`
      insert into peer_totals (game_id, team_id, points, attempts) values (${gameId}, ${play.team_id}, ${play.made ? 1 : 0}, 1)
      on conflict (game_id, team_id) do update
      set points = peer_totals.points + excluded.points, attempts = peer_totals.attempts + 1`;
    return { seq, game_id: gameId, ...play, created_at: row?.created_at };
  });
}

app.post('/games/:id/plays', async (req, res) => {
  try {
    const event = await append(Number(req.params.id), req.body as Play);
    if (!event) {
      res.status(404).json({ error: 'no such game' });
      return;
    }
    // After the commit, as Statline publishes: a viewer is never told of a play that could roll back.
    io.to(`game:${event.game_id}`).emit('play', event);
    res.status(201).json({ data: { seq: event.seq } });
  } catch (err) {
    res.status(500).json({ error: String(err) });
  }
});

app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

server.listen(Number(process.env.PORT ?? 3393), '127.0.0.1');

process.on('SIGTERM', () => {
  io.close();
  void Promise.all([sql.end(), pub.quit(), sub.quit()]).finally(() => process.exit(0));
});
