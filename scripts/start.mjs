// `npm start`: build once if there is no production build yet, then serve it.
// NEXT_MANUAL_SIG_HANDLE hands SIGTERM to Statline's own graceful shutdown (lib/ops/shutdown.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const next = 'node_modules/.bin/next';
if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: running `next build` (once, about a minute)…');
  const build = spawnSync(next, ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(next, ['start', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: 'true' },
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
