// Starts an extra server (server.mjs) of the built app with its own environment, for specs about start-up
// and outages that must not disturb the shared web server.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/** Spawns the built app on a free port with an embedded database in a temp folder. */
export async function spawnApp(
  extra: Record<string, string | undefined> | ((url: string) => Record<string, string | undefined>),
): Promise<AppProcess> {
  const port = await freePort();
  // Settings that name the app's own address (NEXTAUTH_URL for links in mail) get it from a function.
  const extraEnv = typeof extra === 'function' ? extra(`http://localhost:${port}`) : extra;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'statline-e2e-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: undefined,
    REDIS_URL: undefined,
    UPSTASH_REDIS_REST_URL: undefined,
    UPSTASH_REDIS_REST_TOKEN: undefined,
    PGLITE_DIR: path.join(dataDir, 'pglite'),
    SHUTDOWN_GRACE_MS: '100',
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'error',
    ...extraEnv,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const child = spawn(process.execPath, ['server.mjs', '-p', String(port)], { env: env as NodeJS.ProcessEnv });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url: `http://localhost:${port}`,
    child,
    output: () => ({ stdout, stderr }),
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until the app answers /api/health (it is up) or the deadline passes. */
export async function waitUntilUp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`app at ${url} did not come up within ${timeoutMs} ms`);
}
