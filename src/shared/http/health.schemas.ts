import { z } from 'zod';

export const healthView = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type HealthView = z.infer<typeof healthView>;

/** Liveness: the process answers; nothing else is checked. */
export const livenessView = z.object({ status: z.literal('ok') });

/** Readiness: whether the instance should get traffic, and if not, why. */
export const readinessView = z.object({
  // `shutting_down`: the process received SIGTERM and drains; the load balancer stops sending (decision 023).
  status: z.enum(['ready', 'not_ready', 'shutting_down']),
  database: z.enum(['reachable', 'unreachable', 'unknown']),
  migrations: z.enum(['complete', 'pending', 'unknown']),
});
export type ReadinessView = z.infer<typeof readinessView>;
