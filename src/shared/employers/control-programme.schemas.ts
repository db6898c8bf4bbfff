import { z } from 'zod';

/** A control of a procurement programme as the web shows it (EMP-2). */
export const employerControlView = z.object({
  code: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  /** Months a passing check holds; null means the default (12). */
  recheckMonths: z.number().int().nullable(),
  mayNotApply: z.boolean(),
});

/** A procurement programme and its controls, in force from `validFrom` until the next one begins (EMP-2). */
export const controlProgrammeView = z.object({
  code: z.string(),
  name: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  controls: z.array(employerControlView),
});
export type ControlProgrammeView = z.infer<typeof controlProgrammeView>;
