import { z } from 'zod';
import { COOPERATION_FORMS } from './forms';

const amount = z.number().min(0).max(1_000_000_000_000);
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/**
 * What is known about a planned cooperation when choosing its form (FRM-1–8, IOP-2, IOP-11,
 * INI-4, INI-5). Every fact is optional: null or absent means "not known yet", and the guidance
 * then answers `needs_assessment` where the fact decides.
 */
export const formGuidanceFacts = z.strictObject({
  /** Expected compensation from the administration to the organisation, SEK. */
  compensationSek: maybe(amount),
  /** Estimated total value of the contract, SEK (LOU counts the whole term). */
  estimatedValueSek: maybe(amount),
  marketExists: maybe(z.boolean()),
  initiatedBy: maybe(z.enum(['organisation', 'administration'])),
  coFinancedByBothParties: maybe(z.boolean()),
  detailRegulatedByCity: maybe(z.boolean()),
  intendedDurationMonths: maybe(z.number().int().min(1).max(1_200)),
  welfareService: maybe(z.boolean()),
  targetGroupFarFromLabourMarketOrDisabilities: maybe(z.boolean()),
  organisationActsAsContractorInExternalProject: maybe(z.boolean()),
  externalFunding: maybe(z.boolean()),
  associationGrantRequested: maybe(z.boolean()),
  civicOrientationTeaching: maybe(z.boolean()),
  singlesOutOneOrganisation: maybe(z.boolean()),
  /** Planned occasions per participant of a VIDA activity. */
  vidaOccasions: maybe(z.number().int().min(0).max(1_000)),
});
export type FormGuidanceFacts = z.infer<typeof formGuidanceFacts>;

/** The body of `POST /api/form-guidance`: the facts and the date whose thresholds apply (default today). */
export const formGuidanceInput = formGuidanceFacts.extend({
  date: z.iso.date({ error: 'validation.date' }).optional(),
});
export type FormGuidanceInput = z.infer<typeof formGuidanceInput>;

export const formVerdictSchema = z.enum(['allowed', 'not_allowed', 'needs_assessment']);
export type FormVerdict = z.infer<typeof formVerdictSchema>;

/** Something that must be done if the form is chosen, citing the requirement it comes from. */
export const obligationView = z.object({ code: z.string(), text: z.string(), textEn: z.string(), requirement: z.string() });
export type ObligationView = z.infer<typeof obligationView>;

/** Why a verdict was given, citing the requirement. */
export const reasonView = z.object({ text: z.string(), textEn: z.string(), requirement: z.string() });
export type ReasonView = z.infer<typeof reasonView>;

export const formAdviceView = z.object({
  form: z.enum(COOPERATION_FORMS),
  verdict: formVerdictSchema,
  obligations: z.array(obligationView),
  reasons: z.array(reasonView),
});
export type FormAdviceView = z.infer<typeof formAdviceView>;

export const formGuidanceView = z.object({
  date: z.string(),
  forms: z.array(formAdviceView),
  /** INI-4: the initiative belongs to other committees (codes of the `committee` table). */
  referral: z.object({ committees: z.array(z.string()), requirement: z.literal('INI-4') }).optional(),
});
export type FormGuidanceView = z.infer<typeof formGuidanceView>;
