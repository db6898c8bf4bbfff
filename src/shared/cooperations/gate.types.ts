import type { ChecklistItem } from '../organisations/partner-control.rules';
import type { DemocracyStatus } from '../organisations/democracy.rules';
import type { CooperationForm, CooperationStatus } from './forms';

/** One stage gate's verdict: which gate, whether it holds, why, and the requirement it enforces. */
export type GateResult = {
  gate: string;
  met: boolean;
  /** Swedish explanation shown in the readiness checklist; English via `whyEn`. */
  why: string;
  whyEn: string;
  requirement: string;
  /** Where in the cooperation page the gate is fixed (a tab or section key for the UI). */
  fixAt: 'overview' | 'competence' | 'parties' | 'review' | 'iop-assessment' | 'pre-study' | 'terms' | 'organisation';
};

/** An affirmation with its justification, e.g. municipal competence (FRM-2). */
export type Affirmation = { affirmed: boolean; justification: string };

/** The three legal tests of an IOP assessment (IOP-2). */
export const IOP_LEGAL_TESTS = ['not_subject_to_procurement', 'local_government_act', 'state_aid_rules'] as const;
export type IopLegalTest = (typeof IOP_LEGAL_TESTS)[number];

/** The seven guiding criteria of an IOP assessment, each answered with a justification (IOP-2). */
export const IOP_GUIDING_CRITERIA = [
  'no_market_or_competition',
  'initiated_by_organisation',
  'part_of_political_programme',
  'not_normed_association_grant',
  'both_parties_finance',
  'not_detail_regulated',
  'intended_long_term',
] as const;
export type IopGuidingCriterion = (typeof IOP_GUIDING_CRITERIA)[number];

export type IopAssessment = {
  tests: Partial<Record<IopLegalTest, Affirmation>>;
  criteria: Partial<Record<IopGuidingCriterion, { answer: 'yes' | 'no' | 'partly'; justification: string }>>;
};

export type PreStudy = { date: string; scope: string; goals: string; structure: string; roles: string; participants: string };

/** Everything the gates read about one cooperation on one date; assembled by the service. */
export type CooperationGateFacts = {
  form: CooperationForm;
  status: CooperationStatus;
  /** FRM-2: within municipal competence and within the committee's mission. */
  competence: { withinCompetence: Affirmation | null; withinMission: Affirmation | null };
  responsibleManagerId: string | null;
  /** Parties from the register with what the gates need of each. */
  parties: {
    organisationId: string;
    name: string;
    kind: 'civil_society' | 'employer' | 'public_body';
    democracyStatus: DemocracyStatus;
    partnerControl: ChecklistItem[];
  }[];
  /** INI-2/INI-3: a recommendation recorded for the initiative, or an information item at a held meeting. */
  reviewGroup: { consulted: boolean; informed: boolean };
  compensationSek: number | null;
  valueSek: number | null;
  startDate: string | null;
  endDate: string | null;
  iopAssessment: IopAssessment | null;
  preStudy: PreStudy | null;
  /** FRM-5: planned occasions per participant. */
  vidaOccasions: number | null;
  /** FRM-4: whether the organisation would act as contractor of the administration's activity. */
  organisationActsAsContractor: boolean | null;
  /** FRM-3 / INI-5: whether the choice of this party disadvantages others; justified by the manager. */
  singlesOutOrganisation: Affirmation | null;
};

/** A transition the lifecycle allows, gated per form. */
export type Transition = { from: CooperationStatus; to: CooperationStatus };
