import { performance } from 'node:perf_hooks';

/** The p-th percentile of samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Runs `fn` `times` times in sequence and returns each duration in milliseconds. */
export async function timeMany(times: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Runs `fn` from `clients` concurrent loops, `perClient` times each; returns every duration. */
export async function timeConcurrently(clients: number, perClient: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i += 1) {
        const start = performance.now();
        await fn(c * perClient + i);
        samples.push(performance.now() - start);
      }
    }),
  );
  return samples;
}
