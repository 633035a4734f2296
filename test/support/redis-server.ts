// A private, throwaway redis-server for integration tests: random port, no persistence,
// stoppable and restartable on the same port to simulate outages.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

export interface RedisServer {
  url: string;
  port: number;
  /** Kills the server (connections drop, port closes); resolves once it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port; resolves once it answers PING. */
  start(): Promise<void>;
  /** Freezes / thaws the process (SIGSTOP/SIGCONT): connections stay open but nothing answers. */
  pause(): void;
  resume(): void;
}

const children = new Set<ChildProcess>();
// Last line of defence if a test crashes before calling stop().
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

export async function startRedisServer(): Promise<RedisServer> {
  const bin = process.env.REDIS_SERVER_BIN || '/usr/bin/redis-server';
  if (bin.includes('/') && !existsSync(bin)) throw missingBinary(bin);
  let port = await freePort();
  let child: ChildProcess | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      child = await launch(bin, port);
      break;
    } catch (err) {
      // Another process may grab the port between freePort() and bind; pick another.
      if (attempt >= 3 || !/in use/i.test(String(err))) throw err;
      port = await freePort();
    }
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child) await kill(child);
      child = undefined;
    },
    async start() {
      if (!child) child = await launch(bin, port);
    },
    pause() {
      child?.kill('SIGSTOP');
    },
    resume() {
      child?.kill('SIGCONT');
    },
  };
}

function missingBinary(bin: string): Error {
  return new Error(
    `redis-server not found at ${bin}. Install it (apt-get install redis-server / brew install redis), ` +
      'set REDIS_SERVER_BIN to its path, or set REDIS_URL to use an existing Redis.',
  );
}

async function launch(bin: string, port: number): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child = spawn(bin, [...args, '--protected-mode', 'no', '--loglevel', 'warning'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<Error>((resolve) => {
    child.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ENOENT' ? missingBinary(bin) : err));
    child.once('exit', (code) => resolve(new Error(`redis-server exited (${code}): ${output.trim()}`)));
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const failed = await Promise.race([exited, sleep(50).then(() => undefined)]);
    if (failed) throw failed;
    if (await answersPing(port)) return child;
  }
  await kill(child);
  throw new Error(`redis-server on port ${port} did not answer PING within 10 s: ${output.trim()}`);
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGCONT'); // a paused server cannot act on SIGTERM
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let data = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      data += d;
      if (data.includes('\r\n')) done(data.startsWith('+PONG'));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
