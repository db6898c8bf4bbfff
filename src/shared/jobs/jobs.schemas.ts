import { z } from 'zod';

/** The job overview's query: how many of the latest failures to show. */
export const jobOverviewQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type JobOverviewQuery = z.infer<typeof jobOverviewQuery>;

/** A declared job: its schedule and retry policy. */
export const jobDefinitionView = z.object({
  name: z.string(),
  cron: z.string().nullable(),
  everySeconds: z.number().int().nullable(),
  runAtStart: z.boolean(),
  retryLimit: z.number().int(),
  retryDelaySeconds: z.number().int(),
  retryBackoff: z.boolean(),
});
export type JobDefinitionView = z.infer<typeof jobDefinitionView>;

/** A run that failed: for good (`failed`) or waiting for its next try (`retry`). */
export const jobFailureView = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(['failed', 'retry']),
  error: z.string().nullable(),
  attempts: z.number().int(),
  retryLimit: z.number().int(),
  createdAt: z.string(),
  /** When it failed for good, or when it will be tried again. */
  at: z.string().nullable(),
});
export type JobFailureView = z.infer<typeof jobFailureView>;

export const jobOverview = z.object({
  /** True when this process runs the job queue. */
  runnerActive: z.boolean(),
  definitions: z.array(jobDefinitionView),
  failures: z.array(jobFailureView),
  totalFailures: z.number().int(),
});
export type JobOverview = z.infer<typeof jobOverview>;
