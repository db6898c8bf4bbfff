import { z } from 'zod';

export const healthView = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type HealthView = z.infer<typeof healthView>;
