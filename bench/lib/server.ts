// Starts the production build (server.mjs, as `npm run serve`) for a benchmark and stops it afterwards.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under the app's sources: a build older than it measures old code. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of [
    'app',
    'components',
    'lib',
    'drizzle',
    'proxy.ts',
    'instrumentation.ts',
    'next.config.mjs',
    'server.mjs',
    'package-lock.json',
  ]) {
    if (existsSync(path)) visit(path);
  }
  return newest;
}

export async function ensureBuild(): Promise<void> {
  const built = existsSync('.next/BUILD_ID') ? statSync('.next/BUILD_ID').mtimeMs : 0;
  if (built > newestSource()) return;
  console.log(
    built
      ? 'The production build is older than the sources: running `next build`…'
      : 'No production build: running `next build`…',
  );
  const r = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('next build failed');
}

export async function startServer(
  port: number,
  env: Record<string, string | undefined>,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  // BENCH_CPU_PROF_DIR: a V8 CPU profile of the server, written there when it exits (`node --cpu-prof`).
  const profile = process.env.BENCH_CPU_PROF_DIR;
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profiling, 'server.mjs', '-p', String(port)], {
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
