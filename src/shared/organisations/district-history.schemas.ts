import { z } from 'zod';

const isoDate = z.iso.date({ error: 'validation.date' });
const districtCode = z.string().regex(/^[a-z0-9_]{1,60}$/, { error: 'validation.district.code' });

/** A merger or split an administrator records (AGR-9): the predecessors' unit goes to one successor from a date. */
export const recordDistrictSuccessionInput = z.strictObject({
  effectiveOn: isoDate,
  predecessors: z.array(districtCode).min(1, { error: 'validation.district.predecessors' }).max(20, { error: 'validation.district.predecessors' }),
  /** An existing district by its code, or a new one (valid from `effectiveOn`) named here; without a code, one is made from the name. */
  successor: z.strictObject({
    code: districtCode.optional(),
    nameSv: z.string().trim().min(1, { error: 'validation.name.required' }).max(200, { error: 'validation.name.required' }).optional(),
  }),
});
export type RecordDistrictSuccessionInput = z.infer<typeof recordDistrictSuccessionInput>;

/** A district with its validity and the units that carry it on. */
export const districtHistoryView = z.object({
  code: z.string(),
  nameSv: z.string(),
  sortOrder: z.number().int(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  successors: z.array(z.object({ code: z.string(), effectiveOn: z.string() })),
});
export type DistrictHistoryView = z.infer<typeof districtHistoryView>;
