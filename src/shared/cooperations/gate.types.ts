import type { ChecklistItem } from '../organisations/partner-control.rules';
import type { DemocracyStatus } from '../organisations/democracy.rules';
import type { MembershipGateFacts } from '../employers/membership-gates.rules';
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

/**
 * FRM-6, as recorded on a reserved contract: the earlier reserved contract (another cooperation)
 * this one is the next procurement of, or an explicit statement that it is the first.
 */
export type ReservedPredecessorFact = { kind: 'first' } | { kind: 'follows'; cooperationId: string };

/** FRM-6: the earlier reserved contract as the gate reads it; `contract` is null when no such cooperation exists. */
export type ReservedPredecessor =
  | { kind: 'first' }
  | {
      kind: 'follows';
      cooperationId: string;
      contract: {
        caseNumber: string;
        title: string;
        form: CooperationForm;
        /** The earlier contract's parties: its holders, who may not take part in the next procurement of it. */
        holders: { organisationId: string; name: string }[];
        /** The contract that earlier one states it follows, so that two contracts cannot follow each other. */
        followsId: string | null;
      } | null;
    };

/** Everything the gates read about one cooperation on one date; assembled by the service. */
export type CooperationGateFacts = {
  form: CooperationForm;
  status: CooperationStatus;
  /**
   * FRM-2: within municipal competence, within the committee's mission, and adding value that
   * complements the administration's basic mission (for IOP: activity that otherwise might not be offered).
   */
  competence: { withinCompetence: Affirmation | null; withinMission: Affirmation | null; addsValue: Affirmation | null };
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
  /** FRM-6: the earlier reserved contract this one follows, or that it is the first; null when not stated. */
  reservedPredecessor: ReservedPredecessor | null;
  /** FRM-9: whether a procurement under LOU is a framework agreement (ramavtal); null when not stated. */
  frameworkAgreement: boolean | null;
  /**
   * IOP-5: the cooperation's best agreement (signed first, then the latest): whether its current
   * version's terms checklist is complete, the sections missing, and whether it is signed.
   * Null when it has none; absent when the builder does not read agreements.
   */
  agreement?: { termsComplete: boolean; missingTerms: string[]; signedDocument: boolean } | null;
  /** IOP-6: whether a linked, active steering group has members from the city and from the organisation. */
  steeringGroup?: { cityRepresented: boolean; partnerRepresented: boolean } | null;
  /** EMP-2: a job partnership's justification that the city already knows the employer well. */
  knownEmployer?: Affirmation | null;
  /**
   * EMP-2: each employer party of a job partnership — whether it is a member of Integrationspakten
   * and the controls of the programme in force that have not passed. Absent for other forms.
   */
  employerControls?: EmployerControlFacts[];
  /**
   * EMP-1: the application behind an Integrationspakten membership — its statements, whether the
   * simpler check passed and the decision. Null when none is linked; absent when not read.
   */
  membership?: MembershipGateFacts;
};

/** One employer party's membership and unmet controls, as the job partnership's gates read them (EMP-2). */
export type EmployerControlFacts = {
  organisationId: string;
  name: string;
  member: boolean;
  /** The programme in force; null when none is (then no control can pass). */
  programme: string | null;
  unmet: { code: string; nameSv: string; nameEn: string; state: 'missing' | 'failed' | 'expired' | 'no_evidence' | 'passed' }[];
};

/** A transition the lifecycle allows, gated per form. */
export type Transition = { from: CooperationStatus; to: CooperationStatus };

/** FRM-6: a reserved contract runs at most three years (law, not dated configuration). */
export const RESERVED_CONTRACT_MAX_MONTHS = 36;

/** FRM-9: a framework agreement under LOU runs at most four years as a rule (law, not dated configuration). */
export const FRAMEWORK_AGREEMENT_MAX_MONTHS = 48;

/** FRM-5: a VIDA activity gives each participant 8–15 occasions (the VIDA frame). */
export const VIDA_OCCASIONS = { min: 8, max: 15 } as const;

/** Swedish and English wording of the three legal tests, for checklists and guidance (IOP-2). */
export const IOP_LEGAL_TEST_LABELS: Record<IopLegalTest, { sv: string; en: string }> = {
  not_subject_to_procurement: {
    sv: 'Verksamheten är inte sådan att den måste upphandlas',
    en: 'The activity is not one that must be procured',
  },
  local_government_act: { sv: 'Samverkan är förenlig med kommunallagen', en: 'The cooperation complies with the Local Government Act' },
  state_aid_rules: { sv: 'Samverkan är förenlig med EU:s statsstödsregler', en: 'The cooperation complies with EU state-aid rules' },
};

/** Swedish and English wording of the seven guiding criteria (IOP-2). */
export const IOP_GUIDING_CRITERION_LABELS: Record<IopGuidingCriterion, { sv: string; en: string }> = {
  no_market_or_competition: { sv: 'Det finns ingen marknad eller konkurrens att skydda', en: 'There is no market or competition to protect' },
  initiated_by_organisation: { sv: 'Verksamheten är initierad av den idéburna organisationen', en: 'The activity is initiated by the civil-society organisation' },
  part_of_political_programme: {
    sv: 'Verksamheten ingår i ett politiskt program eller en plan som nämner idéburna organisationer',
    en: 'The activity is part of a political programme or plan naming civil-society organisations',
  },
  not_normed_association_grant: { sv: 'Verksamheten ingår inte i normerade föreningsbidrag', en: 'The activity is not part of normed association grants' },
  both_parties_finance: { sv: 'Båda parter bidrar med finansiering (pengar eller i natura)', en: 'Both parties finance it (money or in kind)' },
  not_detail_regulated: { sv: 'Verksamheten är inte detaljreglerad av staden', en: 'The activity is not detail-regulated by the city' },
  intended_long_term: { sv: 'Samverkan är tänkt att vara långsiktig', en: 'The cooperation is intended to be long-term' },
};
