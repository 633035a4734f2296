// Who has the embedded database open. PGlite is Postgres inside one process: a second process on
// the same folder corrupts it, and a CLI write there could never reach the running app's in-process
// cache anyway. The app leaves its pid in the folder; the CLI scripts check it and step aside.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = 'statline-app.pid';

const fileIn = (dataDir: string) => path.join(path.resolve(dataDir), FILE);

/** Records this process as the folder's owner; released on close and on a normal exit. */
export function claimEmbeddedDatabase(dataDir: string): () => void {
  const file = fileIn(dataDir);
  writeFileSync(file, String(process.pid));
  const release = () => {
    process.off('exit', release);
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {}
  };
  process.on('exit', release);
  return release;
}

/** The pid of another live process that has the folder open, or null (none, or it died without releasing). */
export function embeddedDatabaseOwner(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(fileIn(dataDir), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: alive, but another user's.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
