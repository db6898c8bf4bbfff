import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { sekAmount } from './economy.schemas';
import { WELFARE_LEVELS, WELFARE_LIMITS } from './welfare-value.rules';

export const WELFARE_VALUE_KINDS = ['initial', 'extension', 'call_off'] as const;

const isoDate = z.iso.date({ error: 'validation.date' });
const person = z.object({ id: z.uuid(), name: z.string() });

/** A value entry of a welfare-service procurement: its initial value, an extension or a call-off (FRM-7). */
export const createValueEntryInput = z.strictObject({
  kind: z.enum(WELFARE_VALUE_KINDS, { error: 'validation.required' }),
  date: isoDate,
  amountSek: sekAmount,
  note: z.string().trim().max(2_000).nullable().optional(),
});
export type CreateValueEntryInput = z.infer<typeof createValueEntryInput>;

/** A correction of a value entry: the fields given replace the stored ones. */
export const updateValueEntryInput = createValueEntryInput.partial().extend({ version: recordVersion }).strict();
export type UpdateValueEntryInput = z.infer<typeof updateValueEntryInput>;

/** Whether the contract was advertised (an unadvertised one past the advertising limit must be). */
export const setAdvertisingInput = z.strictObject({ advertised: z.boolean(), version: recordVersion });
export type SetAdvertisingInput = z.infer<typeof setAdvertisingInput>;

export const welfareValueStatusView = z.object({
  date: z.string(),
  accumulatedSek: z.number(),
  advertisingLimitSek: z.number().nullable(),
  socialThresholdSek: z.number().nullable(),
  level: z.enum(WELFARE_LEVELS),
  limit: z.enum(WELFARE_LIMITS).nullable(),
  mustAdvertise: z.boolean(),
});
export type WelfareValueStatusView = z.infer<typeof welfareValueStatusView>;

export const valueEntryView = z.object({
  id: z.uuid(),
  kind: z.enum(WELFARE_VALUE_KINDS),
  date: z.string(),
  amountSek: z.number(),
  note: z.string().nullable(),
  /** The value accumulated up to and including this entry, and its status on the entry's date. */
  accumulatedSek: z.number(),
  status: welfareValueStatusView,
  createdBy: person.nullable(),
  version: z.number().int(),
});
export type ValueEntryView = z.infer<typeof valueEntryView>;

export const welfareValueView = z.object({
  cooperationId: z.uuid(),
  /** Only a welfare-service procurement has its value followed against the thresholds. */
  applicable: z.boolean(),
  advertised: z.boolean(),
  /** The version of the advertising record, 0 before it is first saved. */
  advertisingVersion: z.number().int(),
  entries: z.array(valueEntryView),
  status: welfareValueStatusView,
  flagged: z.boolean(),
});
export type WelfareValueView = z.infer<typeof welfareValueView>;
