import type { FormGuidanceInput } from '../../../shared/cooperations/form-guidance.schemas';
import { COOPERATION_FORMS, type CooperationForm } from '../../../shared/cooperations/forms';
import type { CreateInitiativeInput, InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';

/** A yes/no question of the form guidance; unanswered means "not known yet". */
export type Answer = 'yes' | 'no' | 'unknown';

/** The yes/no facts the guidance panel asks about, in the order it asks (FRM-1–8, IOP-2, IOP-11, INI-4, INI-5). */
export const YES_NO_FACTS = [
  'marketExists',
  'coFinancedByBothParties',
  'detailRegulatedByCity',
  'welfareService',
  'targetGroupFarFromLabourMarketOrDisabilities',
  'externalFunding',
  'organisationActsAsContractorInExternalProject',
  'associationGrantRequested',
  'civicOrientationTeaching',
  'singlesOutOneOrganisation',
] as const;
export type YesNoFact = (typeof YES_NO_FACTS)[number];

export const INITIATORS = ['organisation', 'administration'] as const;
export type Initiator = (typeof INITIATORS)[number];

/** The guidance facts as the panel holds them; they are saved with the initiative (field `facts`). */
export type GuidanceFacts = Record<YesNoFact, Answer> & {
  initiatedBy: Initiator | 'unknown';
  vidaOccasions: number | null;
};

/** What the initiative form holds while the user types. */
export type InitiativeFormValues = {
  title: string;
  origin: 'external' | 'internal';
  organisations: { id: string; name: string }[];
  brief: string;
  targetGroups: string[];
  areas: string[];
  unitCode: string;
  proposedForm: CooperationForm | '';
  expectedCompensationSek: number | null;
  estimatedValueSek: number | null;
  intendedDurationMonths: number | null;
  facts: GuidanceFacts;
  /** The registry's own number (diarienummer) as typed; the server writes it the registry's way. */
  registryNumber: string;
};

/** Every guidance fact unknown. */
export function emptyGuidanceFacts(): GuidanceFacts {
  const answers = Object.fromEntries(YES_NO_FACTS.map((f) => [f, 'unknown'])) as Record<YesNoFact, Answer>;
  return { ...answers, initiatedBy: 'unknown', vidaOccasions: null };
}

/** The form of a new initiative. */
export function emptyInitiativeForm(): InitiativeFormValues {
  return {
    title: '',
    origin: 'external',
    organisations: [],
    brief: '',
    targetGroups: [],
    areas: [],
    unitCode: '',
    proposedForm: '',
    expectedCompensationSek: null,
    estimatedValueSek: null,
    intendedDurationMonths: null,
    facts: emptyGuidanceFacts(),
    registryNumber: '',
  };
}

/** Reads stored facts back; anything not of the expected shape counts as unknown. */
export function guidanceFactsFrom(stored: Record<string, unknown>): GuidanceFacts {
  const facts = emptyGuidanceFacts();
  for (const key of YES_NO_FACTS) {
    const value = stored[key];
    if (typeof value === 'boolean') facts[key] = value ? 'yes' : 'no';
  }
  const initiator = stored.initiatedBy;
  if (initiator === 'organisation' || initiator === 'administration') facts.initiatedBy = initiator;
  const occasions = stored.vidaOccasions;
  if (typeof occasions === 'number' && Number.isInteger(occasions) && occasions >= 0) facts.vidaOccasions = occasions;
  return facts;
}

/** The facts as stored with the initiative: only what is known, booleans for yes/no. */
export function storedGuidanceFacts(facts: GuidanceFacts): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const key of YES_NO_FACTS) {
    if (facts[key] !== 'unknown') stored[key] = facts[key] === 'yes';
  }
  if (facts.initiatedBy !== 'unknown') stored.initiatedBy = facts.initiatedBy;
  if (facts.vidaOccasions !== null) stored.vidaOccasions = facts.vidaOccasions;
  return stored;
}

/**
 * The body of `POST /api/form-guidance` from the form: the stored facts plus the amounts and
 * duration the initiative itself carries (the guidance judges thresholds by them).
 */
export function toGuidanceInput(values: Pick<InitiativeFormValues, 'facts' | 'expectedCompensationSek' | 'estimatedValueSek' | 'intendedDurationMonths'>): FormGuidanceInput {
  const input: FormGuidanceInput = storedGuidanceFacts(values.facts) as FormGuidanceInput;
  if (values.expectedCompensationSek !== null) input.compensationSek = values.expectedCompensationSek;
  if (values.estimatedValueSek !== null) input.estimatedValueSek = values.estimatedValueSek;
  if (values.intendedDurationMonths !== null) input.intendedDurationMonths = values.intendedDurationMonths;
  return input;
}

function isForm(value: string | null): value is CooperationForm {
  return value !== null && (COOPERATION_FORMS as readonly string[]).includes(value);
}

/** The form filled with an initiative's current values, for editing. */
export function initiativeFormFrom(view: InitiativeDetailView): InitiativeFormValues {
  return {
    title: view.title,
    origin: view.origin,
    organisations: view.organisations.map((o) => ({ id: o.id, name: o.name })),
    brief: view.brief,
    targetGroups: view.targetGroups,
    areas: view.areas,
    unitCode: view.unitCode ?? '',
    proposedForm: isForm(view.proposedForm) ? view.proposedForm : '',
    expectedCompensationSek: view.expectedCompensationSek,
    estimatedValueSek: view.estimatedValueSek,
    intendedDurationMonths: view.intendedDurationMonths,
    facts: guidanceFactsFrom(view.facts),
    registryNumber: view.registryNumber ?? '',
  };
}

/** The API input from the form; empty choices are sent as "none" so an edit can clear them. */
export function toInitiativeInput(values: InitiativeFormValues): CreateInitiativeInput {
  return {
    title: values.title,
    origin: values.origin,
    brief: values.brief,
    organisationIds: values.organisations.map((o) => o.id),
    targetGroups: values.targetGroups,
    areas: values.areas,
    unitCode: values.unitCode === '' ? null : values.unitCode,
    proposedForm: values.proposedForm === '' ? null : values.proposedForm,
    expectedCompensationSek: values.expectedCompensationSek,
    estimatedValueSek: values.estimatedValueSek,
    intendedDurationMonths: values.intendedDurationMonths,
    facts: storedGuidanceFacts(values.facts),
    registryNumber: values.registryNumber.trim() === '' ? null : values.registryNumber,
  };
}
