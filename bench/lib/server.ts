// Starts the production build (`next start`) for a benchmark and stops it afterwards.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export async function ensureBuild(): Promise<void> {
  if (existsSync('.next/BUILD_ID')) return;
  console.log('No production build: running `next build`…');
  const r = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('next build failed');
}

export async function startServer(
  port: number,
  env: Record<string, string | undefined>,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error('server exited during start-up (see its message above)');
    try {
      if ((await fetch(`${url}/api/ready`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error('server did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
