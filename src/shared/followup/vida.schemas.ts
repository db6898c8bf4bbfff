import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { PERIOD_HALVES } from './vida.rules';

/** A semester key such as `2026-autumn` (FRM-5: payouts are made per association and semester). */
export const vidaPeriodSchema = z
  .string()
  .regex(/^(20\d\d|21\d\d|2200)-(spring|autumn)$/, { error: 'validation.vida.period' });

const motivation = z
  .string()
  .trim()
  .max(2_000)
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

const note = z
  .string()
  .trim()
  .max(1_000)
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

const participants = z.number().int().min(1).max(100_000);
const occasions = z.number().int().min(1).max(1_000);

/** The payouts of one period. */
export const vidaPayoutQuery = z.strictObject({ period: vidaPeriodSchema });
export type VidaPayoutQuery = z.infer<typeof vidaPayoutQuery>;

/** The payout list of one period as a file for the finance system. */
export const vidaExportQuery = vidaPayoutQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  /** Language of headers; a download link cannot send Accept-Language itself. */
  lang: z.enum(['sv', 'en']).optional(),
});
export type VidaExportQuery = z.infer<typeof vidaExportQuery>;

/**
 * A payout to an association of a VIDA cooperation for a semester: participants and occasions;
 * outside 8–15 occasions a manager's exception with a motivation (FRM-5).
 */
export const createVidaPayoutInput = z.strictObject({
  cooperationId: z.uuid(),
  organisationId: z.uuid(),
  period: vidaPeriodSchema,
  participants,
  occasions,
  exceptionMotivation: motivation,
  note,
});
export type CreateVidaPayoutInput = z.infer<typeof createVidaPayoutInput>;

/** A correction of participants, occasions, exception or note; the rate used stays as stored. */
export const updateVidaPayoutInput = z.strictObject({
  version: recordVersion,
  participants: participants.optional(),
  occasions: occasions.optional(),
  exceptionMotivation: motivation,
  note,
});
export type UpdateVidaPayoutInput = z.infer<typeof updateVidaPayoutInput>;

/** What must be fixed in the register before an association can be paid. */
export const VIDA_PAYEE_PROBLEMS = ['org_number_missing', 'giro_missing', 'bankgiro_invalid', 'plusgiro_invalid'] as const;
export type VidaPayeeProblem = (typeof VIDA_PAYEE_PROBLEMS)[number];

export const vidaPayoutView = z.object({
  id: z.uuid(),
  cooperationId: z.uuid(),
  caseNumber: z.string(),
  cooperationTitle: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  orgNumber: z.string().nullable(),
  bankgiro: z.string().nullable(),
  plusgiro: z.string().nullable(),
  period: z.string(),
  periodHalf: z.enum(PERIOD_HALVES),
  periodYear: z.number().int(),
  periodStart: z.string(),
  participants: z.number().int(),
  occasions: z.number().int(),
  rateSek: z.number(),
  rateValidFrom: z.string(),
  amountSek: z.number(),
  withinFrame: z.boolean(),
  exception: z.object({ motivation: z.string(), byName: z.string().nullable(), at: z.string() }).nullable(),
  note: z.string().nullable(),
  payeeProblems: z.array(z.enum(VIDA_PAYEE_PROBLEMS)),
  version: z.number().int(),
});
export type VidaPayoutView = z.infer<typeof vidaPayoutView>;

/** An association whose register entry must be fixed before the list goes to the finance system. */
export const vidaPayeeWarning = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  problems: z.array(z.enum(VIDA_PAYEE_PROBLEMS)),
});
export type VidaPayeeWarning = z.infer<typeof vidaPayeeWarning>;

/** One period's payouts with totals, the rate in force and the associations to fix. */
export const vidaPayoutList = z.object({
  period: z.string(),
  periodStart: z.string(),
  rate: z.object({ amountSek: z.number(), validFrom: z.string() }).nullable(),
  items: z.array(vidaPayoutView),
  totals: z.object({ payouts: z.number().int(), participants: z.number().int(), amountSek: z.number() }),
  warnings: z.array(vidaPayeeWarning),
});
export type VidaPayoutList = z.infer<typeof vidaPayoutList>;

/** A VIDA cooperation with the associations that may be paid through it. */
export const vidaCooperationView = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  title: z.string(),
  status: z.string(),
  responsibleManagerId: z.uuid().nullable(),
  responsibleManagerName: z.string().nullable(),
  associations: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      orgNumber: z.string().nullable(),
      bankgiro: z.string().nullable(),
      plusgiro: z.string().nullable(),
      payeeProblems: z.array(z.enum(VIDA_PAYEE_PROBLEMS)),
    }),
  ),
});
export type VidaCooperationView = z.infer<typeof vidaCooperationView>;
