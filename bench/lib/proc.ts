// Memory of a benchmarked server, read from /proc (Linux): the process and everything it spawned,
// since Next.js may hand work to processes of its own.
import { readFileSync } from 'node:fs';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    const children = read(`/proc/${all[i]}/task/${all[i]}/children`).trim();
    if (children) all.push(...children.split(/\s+/).map(Number));
  }
  return all;
}

/** Resident memory of the process tree now, in MB. */
export function rssMb(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) kb += Number(/VmRSS:\s+(\d+) kB/.exec(read(`/proc/${p}/status`))?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * Samples the tree's RSS every `everyMs` until stopped; returns the peak. VmHWM would not do: it is
 * the peak since the process started, not since this run did.
 */
export function sampleRss(pid: number, everyMs = 200): { stop: () => number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rssMb(pid));
    },
  };
}

/** CPU time (user + system) the process tree has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
    const fields = read(`/proc/${p}/stat`).split(') ')[1]?.split(' ') ?? [];
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  // USER_HZ is 100 on every Linux the bench runs on.
  return ticks / 100;
}
