import { z } from 'zod';
import { COLLECTIVE_AGREEMENT_ANSWERS, CONTROL_RESULTS } from './employer-controls.rules';

const isoDate = z.iso.date({ error: 'validation.date' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/**
 * A check of one control of an employer (EMP-2): the control of the programme in force, its
 * result, the collective-agreement answer (only for that control), the evidence — an uploaded
 * file, a reference (e.g. "Utdrag ur skattekonto 2026-11-30") or both — and the day it was made.
 */
export const recordControlCheckInput = z.strictObject({
  controlCode: z.string().trim().min(1, { error: 'validation.required' }).max(60, { error: 'validation.employerControl.unknown' }),
  result: z.enum(CONTROL_RESULTS, { error: 'validation.employerControl.result' }),
  collectiveAgreement: z.enum(COLLECTIVE_AGREEMENT_ANSWERS, { error: 'validation.employerControl.collectiveAgreement' }).nullable().optional(),
  evidenceFileId: z.uuid({ error: 'validation.file' }).nullable().optional(),
  evidenceReference: optionalText(500),
  note: optionalText(2_000),
  checkedOn: isoDate,
});
export type RecordControlCheckInput = z.input<typeof recordControlCheckInput>;

export const controlStateSchema = z.enum(['missing', 'passed', 'failed', 'expired', 'no_evidence']);

/** One recorded check as the controls page shows it; `counts` is false for checks before the latest reset (EMP-3). */
export const controlCheckView = z.object({
  id: z.uuid(),
  programmeCode: z.string(),
  controlCode: z.string(),
  result: z.enum(CONTROL_RESULTS),
  collectiveAgreement: z.enum(COLLECTIVE_AGREEMENT_ANSWERS).nullable(),
  evidenceReference: z.string().nullable(),
  evidenceFile: z.object({ id: z.uuid(), originalName: z.string() }).nullable(),
  note: z.string().nullable(),
  checkedOn: z.string(),
  validUntil: z.string(),
  checkedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  recordedAt: z.string(),
  counts: z.boolean(),
});
export type ControlCheckView = z.infer<typeof controlCheckView>;

/** A control of the programme in force with the state of its latest counting check and every check made of it. */
export const employerControlStateView = z.object({
  code: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  recheckMonths: z.number().int().nullable(),
  mayNotApply: z.boolean(),
  state: controlStateSchema,
  validUntil: z.string().nullable(),
  latest: controlCheckView.nullable(),
  history: z.array(controlCheckView),
});
export type EmployerControlStateView = z.infer<typeof employerControlStateView>;

/** An employer's controls (EMP-2): they hold for every job partnership and job track of the employer. */
export const employerControlsView = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  programme: z.object({ code: z.string(), name: z.string(), validFrom: z.string() }).nullable(),
  /** Whether every control of the programme in force has passed: a job partnership may become active. */
  allPassed: z.boolean(),
  /** The latest reset (an immediate termination, EMP-3): checks before it count for nothing. */
  lastReset: z.object({ resetAt: z.string(), reason: z.string(), cooperationId: z.uuid().nullable() }).nullable(),
  controls: z.array(employerControlStateView),
  /** Checks of controls no longer in the programme in force, newest first. */
  otherChecks: z.array(controlCheckView),
});
export type EmployerControlsView = z.infer<typeof employerControlsView>;

export const employerParams = z.strictObject({ organisationId: z.uuid() });
export const controlCheckParams = z.strictObject({ organisationId: z.uuid(), checkId: z.uuid() });

const controlDefinitionInput = z.strictObject({
  code: z.string().trim().regex(/^[a-z0-9_]{1,60}$/, { error: 'validation.employerControl.code' }),
  nameSv: z.string().trim().min(1, { error: 'validation.required' }).max(300),
  nameEn: z.string().trim().min(1, { error: 'validation.required' }).max(300),
  recheckMonths: z.number().int({ error: 'validation.employerControl.recheckMonths' }).min(1, { error: 'validation.employerControl.recheckMonths' }).max(60, { error: 'validation.employerControl.recheckMonths' }).nullable(),
  mayNotApply: z.boolean(),
});

/** A new procurement programme with its controls, in force from its date (EMP-2): no code changes. */
export const createControlProgrammeInput = z.strictObject({
  code: z.string().trim().regex(/^[a-z0-9_-]{1,60}$/, { error: 'validation.employerControl.programmeCode' }),
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  validFrom: isoDate,
  controls: z.array(controlDefinitionInput).min(1, { error: 'validation.employerControl.noControls' }).max(40),
});
export type CreateControlProgrammeInput = z.infer<typeof createControlProgrammeInput>;

/** A control's re-check interval: months a passing check holds, or null for the default (12). */
export const updateControlInput = z.strictObject({
  recheckMonths: z.number().int({ error: 'validation.employerControl.recheckMonths' }).min(1, { error: 'validation.employerControl.recheckMonths' }).max(60, { error: 'validation.employerControl.recheckMonths' }).nullable(),
});
export type UpdateControlInput = z.infer<typeof updateControlInput>;

export const controlParams = z.strictObject({
  programmeCode: z.string().regex(/^[a-z0-9_-]{1,60}$/),
  controlCode: z.string().regex(/^[a-z0-9_]{1,60}$/),
});
