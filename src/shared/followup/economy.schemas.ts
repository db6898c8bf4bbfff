import { z } from 'zod';
import { INT4_MAX, recordVersion } from '../http/number.schemas';

const isoDate = z.iso.date({ error: 'validation.date' });
const requiredText = (max: number) => z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const person = z.object({ id: z.uuid(), name: z.string() });
/** Whole kronor, as the agreement's economy rows (IOP-9), within an `integer` column (up to 2 147 483 647 kr). */
export const sekAmount = z.number({ error: 'validation.money' }).int({ error: 'validation.money' }).min(0, { error: 'validation.money' }).max(INT4_MAX, { error: 'validation.money' });
const sek = sekAmount;
const year = z.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' });

export const OUTCOME_KINDS = ['money', 'in_kind'] as const;

// ── Outcome entries (IOP-9) ─────────────────────────────────────────────────────────────────

/** A new outcome entry of a cooperation for a year and party. */
export const createOutcomeInput = z.strictObject({
  year,
  organisationId: z.uuid(),
  occurredOn: isoDate,
  amountSek: sek,
  kind: z.enum(OUTCOME_KINDS, { error: 'validation.required' }),
  reference: optionalText(200),
  note: optionalText(2_000),
});
export type CreateOutcomeInput = z.infer<typeof createOutcomeInput>;

/** A correction of an outcome entry: the fields given replace the stored ones. */
export const updateOutcomeInput = createOutcomeInput.partial().extend({ version: recordVersion }).strict();
export type UpdateOutcomeInput = z.infer<typeof updateOutcomeInput>;

/** Removes an entry (kept in the history), confirmed with the version the user saw. */
export const removeEntryInput = z.strictObject({ version: recordVersion });
export type RemoveEntryInput = z.infer<typeof removeEntryInput>;

export const outcomeView = z.object({
  id: z.uuid(),
  year: z.number().int(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  occurredOn: z.string(),
  amountSek: z.number(),
  kind: z.enum(OUTCOME_KINDS),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: person.nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type OutcomeView = z.infer<typeof outcomeView>;

// ── Budget against outcome (IOP-9) ──────────────────────────────────────────────────────────

const figures = {
  budgetMoneySek: z.number(),
  budgetInKindSek: z.number(),
  budgetSek: z.number(),
  outcomeMoneySek: z.number(),
  outcomeInKindSek: z.number(),
  outcomeSek: z.number(),
  differenceSek: z.number(),
};
export const partyFiguresView = z.object({ organisationId: z.string(), organisationName: z.string(), ...figures });
export const yearFiguresView = z.object({ year: z.number().int(), parties: z.array(partyFiguresView), totals: z.object(figures) });
export type YearFiguresView = z.infer<typeof yearFiguresView>;

// ── Reconciliation at a steering-group meeting (IOP-9) ──────────────────────────────────────

export const createReconciliationInput = z.strictObject({ meetingId: z.uuid(), year, note: optionalText(5_000) });
export type CreateReconciliationInput = z.infer<typeof createReconciliationInput>;

export const reconciliationView = z.object({
  id: z.uuid(),
  year: z.number().int(),
  meeting: z.object({ id: z.uuid(), meetingDate: z.string(), bodyName: z.string() }),
  figures: yearFiguresView,
  note: z.string().nullable(),
  createdBy: person.nullable(),
  createdAt: z.string(),
});
export type ReconciliationView = z.infer<typeof reconciliationView>;

/** A meeting at which the cooperation's economy may be reconciled: one of a body that governs it. */
export const meetingOptionView = z.object({ id: z.uuid(), meetingDate: z.string(), bodyName: z.string() });
export type MeetingOptionView = z.infer<typeof meetingOptionView>;

// ── External audit (IOP-9) ──────────────────────────────────────────────────────────────────

export const createAuditInput = z.strictObject({
  auditor: requiredText(300),
  scope: requiredText(5_000),
  auditedOn: isoDate,
  findings: optionalText(20_000),
});
export type CreateAuditInput = z.infer<typeof createAuditInput>;

export const auditView = z.object({
  id: z.uuid(),
  auditor: z.string(),
  scope: z.string(),
  auditedOn: z.string(),
  findings: z.string().nullable(),
  reportFile: z.object({ id: z.uuid(), originalName: z.string(), mediaType: z.string(), sizeBytes: z.number() }).nullable(),
  createdBy: person.nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type AuditView = z.infer<typeof auditView>;

// ── The economy of a cooperation ────────────────────────────────────────────────────────────

export const economyView = z.object({
  cooperationId: z.uuid(),
  /** The parties an outcome may be recorded for: the cooperation's and its agreements' parties. */
  parties: z.array(z.object({ organisationId: z.uuid(), name: z.string() })),
  years: z.array(yearFiguresView),
  outcomes: z.array(outcomeView),
  reconciliations: z.array(reconciliationView),
  audits: z.array(auditView),
  meetings: z.array(meetingOptionView),
});
export type EconomyView = z.infer<typeof economyView>;
