import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuSnapshot, cpuUsedMs, processCpuMs } from './cpu';

/** Keeps this process on a CPU until Node's own accounting says it has used `ms` more milliseconds. */
function spinCpu(ms: number): number {
  const start = process.cpuUsage();
  let x = 0;
  for (;;) {
    for (let i = 0; i < 10_000; i += 1) x += Math.sqrt(x + i);
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return (used.user + used.system) / 1000;
  }
}

describe('CPU time of processes from /proc', () => {
  it('counts the CPU a process spends as Node itself counts it, finer than the 10 ms clock tick', () => {
    const before = processCpuMs(process.pid);
    const spent = spinCpu(50);
    const after = processCpuMs(process.pid);
    expect(before).toBeDefined();
    const used = (after ?? 0) - (before ?? 0);
    expect(used).toBeGreaterThan(spent * 0.8);
    expect(used).toBeLessThan(spent * 1.5 + 20);
    expect(Number.isInteger(used / 10)).toBe(false);
  });

  it('sums processes and counts one that started between the snapshots from zero', async () => {
    const before = cpuSnapshot([process.pid]);
    // The child spends 100 ms of CPU, says so, and waits to be measured.
    const script = 'const s = process.cpuUsage(); while (process.cpuUsage(s).user < 100000); console.log("done"); setTimeout(() => {}, 5000)';
    const child = spawn(process.execPath, ['-e', script]);
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const after = cpuSnapshot([process.pid, child.pid ?? -1]);
      expect(after.size).toBe(2);
      const childMs = after.get(child.pid ?? -1) ?? 0;
      expect(childMs).toBeGreaterThan(100);
      expect(cpuUsedMs(before, after)).toBeGreaterThanOrEqual(childMs);
    } finally {
      child.kill();
    }
  });

  it('gives nothing for a process that does not exist', () => {
    expect(processCpuMs(2 ** 22 + 7)).toBeUndefined();
    expect(cpuSnapshot([2 ** 22 + 7]).size).toBe(0);
  });
});
