// The two systems the fanout bench compares, behind one shape: a fresh game, a scorer's POST, and
// where viewers start reading. Both get the same play as the body.
import postgres from 'postgres';
import { createPeerGame } from '../peers/schema';
import { startPeer } from '../peers/start-peer';
import { BENCH_SECRET, freeThrow, postPlay, SETUP_EVENTS, type Setup } from './basketball-setup';
import { startServer } from './server';
import type { System } from './viewers/protocol';

export interface BenchedSystem {
  system: System;
  url: string;
  pid: number;
  /** The seq viewers resume after: the game's events before the measured plays. */
  afterSeq: number;
  newGame: () => Promise<number>;
  post: (gameId: number, made: boolean) => Promise<number>;
  stop: () => Promise<void>;
}

export async function startStatline(port: number, dbUrl: string, redisUrl: string, setup: Setup): Promise<BenchedSystem> {
  const server = await startServer(port, {
    DATABASE_URL: dbUrl,
    REDIS_URL: redisUrl,
    NEXTAUTH_SECRET: BENCH_SECRET,
    // Every viewer connects from 127.0.0.1, which the limits would otherwise take for one client.
    SSE_MAX_PER_CLIENT: '100000',
    RATE_LIMIT_USER_PER_MIN: '1000000',
    RATE_LIMIT_ANON_PER_MIN: '1000000',
    RATE_LIMIT_API_KEY_PER_MIN: '1000000',
    CACHE_PREFIX: `bench-fanout-${Date.now()}`,
  });
  const games = [...setup.gameIds];
  return {
    system: 'statline',
    url: server.url,
    pid: server.pid,
    afterSeq: SETUP_EVENTS,
    newGame: async () => {
      const id = games.shift();
      if (id === undefined) throw new Error('no Statline game left: set up one per run');
      return id;
    },
    post: (gameId, made) => postPlay(server.url, setup, gameId, made),
    stop: server.stop,
  };
}

export async function startSocketIoPeer(port: number, dbUrl: string, redisUrl: string, setup: Setup): Promise<BenchedSystem> {
  const peer = await startPeer(port, { DATABASE_URL: dbUrl, REDIS_URL: redisUrl });
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  return {
    system: 'peer',
    url: peer.url,
    pid: peer.pid,
    afterSeq: 0,
    newGame: () => createPeerGame(sql),
    post: async (gameId, made) => {
      const res = await fetch(`${peer.url}/games/${gameId}/plays`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(freeThrow(setup, made)),
      });
      if (res.status !== 201) throw new Error(`peer append: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { data: { seq: number } }).data.seq;
    },
    stop: async () => {
      await sql.end();
      await peer.stop();
    },
  };
}
