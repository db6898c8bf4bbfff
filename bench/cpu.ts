import fs from 'node:fs';

// CPU time of processes from /proc (Linux). `/proc/<pid>/task/<tid>/schedstat` gives the time each
// thread has spent on a CPU in nanoseconds; `utime + stime` of `/proc/<pid>/stat` counts the same in
// clock ticks (10 ms), too coarse for a fraction of a millisecond per request unless thousands of
// requests are made, so it is only the fallback where schedstat is missing.

const TICK_MS = 10;

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function schedstatMs(file: string): number | undefined {
  const text = readText(file);
  const ns = text ? Number(text.split(' ')[0]) : Number.NaN;
  return Number.isFinite(ns) ? ns / 1e6 : undefined;
}

function statMs(pid: number): number | undefined {
  const text = readText(`/proc/${pid}/stat`);
  if (!text) return undefined;
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) * TICK_MS : undefined;
}

/** CPU milliseconds a process (all its threads) has used so far, or undefined when it is gone. */
export function processCpuMs(pid: number): number | undefined {
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  let total = 0;
  for (const tid of tasks) {
    const ms = schedstatMs(`/proc/${pid}/task/${tid}/schedstat`);
    if (ms === undefined) return statMs(pid);
    total += ms;
  }
  return total;
}

/** CPU milliseconds per process id, for the ids that still exist. */
export function cpuSnapshot(pids: number[]): Map<number, number> {
  const snapshot = new Map<number, number>();
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms !== undefined) snapshot.set(pid, ms);
  }
  return snapshot;
}

/**
 * CPU milliseconds used between two snapshots, summed over the processes of the later one; a
 * process that appeared in between (a new database connection) counts from zero.
 */
export function cpuUsedMs(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
