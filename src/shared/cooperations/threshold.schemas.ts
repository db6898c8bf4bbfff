import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { pageQuery } from '../http/pagination.schemas';
import { THRESHOLD_CODES } from './thresholds.rules';

// numeric(14, 2) in the database: whole öre, below 10^12 kronor.
const amountSek = z
  .number({ error: 'validation.threshold.amount' })
  .min(0, { error: 'validation.threshold.amount' })
  .max(999_999_999_999.99, { error: 'validation.threshold.amount' })
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: 'validation.threshold.amount' });
const source = z.string().trim().min(1, { error: 'validation.required' }).max(1_000);

export const thresholdCodeSchema = z.enum(THRESHOLD_CODES);

/** One dated value of a threshold or rate (FRM-5, FRM-7), as the API returns it. */
export const thresholdView = z.object({
  id: z.uuid(),
  // A plain string: a value stored under a code this version does not know is still shown.
  code: z.string(),
  validFrom: z.string(),
  amountSek: z.number(),
  source: z.string().nullable(),
  version: z.number().int(),
});
export type ThresholdView = z.infer<typeof thresholdView>;

/** Lists every value, optionally of one code, ordered by code then `validFrom`. */
export const thresholdQuery = pageQuery.extend({ code: thresholdCodeSchema.optional() });
export type ThresholdQuery = z.infer<typeof thresholdQuery>;

/** A new value of a code from a date; earlier values stay as they were (nothing is deleted). */
export const createThresholdInput = z.strictObject({
  code: thresholdCodeSchema,
  validFrom: z.iso.date({ error: 'validation.date' }),
  amountSek,
  source,
});
export type CreateThresholdInput = z.infer<typeof createThresholdInput>;

/** A correction of a value's amount or source, audited; the date and code stay. */
export const updateThresholdInput = z
  .strictObject({ version: recordVersion, amountSek: amountSek.optional(), source: source.optional() })
  .refine((v) => v.amountSek !== undefined || v.source !== undefined, { error: 'validation.threshold.nothingToChange' });
export type UpdateThresholdInput = z.infer<typeof updateThresholdInput>;
