import { z } from 'zod';

/** An RFC 9457 problem document as every API error is returned. */
export const problemView = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  /** The rule the refusal enforces (e.g. `FRM-6`), shown as a reference beside the words. */
  requirement: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string(), requirement: z.string().optional() })).optional(),
});
export type ProblemView = z.infer<typeof problemView>;
