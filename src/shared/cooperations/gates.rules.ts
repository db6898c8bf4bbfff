import { agreementGates } from '../agreements/agreement-gates.rules';
import { jobPartnershipGates } from '../employers/job-partnership-gates.rules';
import { membershipGates } from '../employers/membership-gates.rules';
import type { DemocracyStatus } from '../organisations/democracy.rules';
import { isPartnerControlComplete } from '../organisations/partner-control.rules';
import { COOPERATION_FORMS, type CooperationForm, type CooperationStatus, isFormalForm } from './forms';
import {
  type Affirmation,
  type CooperationGateFacts,
  type GateResult,
  IOP_GUIDING_CRITERIA,
  IOP_GUIDING_CRITERION_LABELS,
  IOP_LEGAL_TEST_LABELS,
  IOP_LEGAL_TESTS,
  VIDA_OCCASIONS,
} from './gate.types';
import {
  frameworkAgreementGates,
  isFrameworkAgreementForm,
  isFrameworkTermWithinLimit,
  isReservedTermWithinLimit,
  reservedContractGates,
} from './procurement-gates.rules';

/** Gates of one kind for a cooperation's facts on a date; each result cites its requirement. */
export type GateFn = (facts: CooperationGateFacts, today: string) => GateResult[];

type Registration = { forms: readonly CooperationForm[] | 'all'; to: CooperationStatus; evaluate: GateFn };

// Module-level so that later slices can add gates (e.g. agreements, governance) without editing
// this file; the built-in gates below register when the module is first imported.
const registry: Registration[] = [];

/**
 * Adds gates that a cooperation of the given forms (or 'all') must pass to move to `to`;
 * returns a function that removes them again (for tests).
 */
export function registerGates(forms: readonly CooperationForm[] | 'all', to: CooperationStatus, evaluate: GateFn): () => void {
  const registration: Registration = { forms, to, evaluate };
  registry.push(registration);
  return () => {
    const index = registry.indexOf(registration);
    if (index >= 0) registry.splice(index, 1);
  };
}

/** Every registered gate for moving a cooperation of this form to `to`, in registration order. */
export function evaluateGates(facts: CooperationGateFacts, to: CooperationStatus, today: string): GateResult[] {
  return registry
    .filter((r) => r.to === to && (r.forms === 'all' || r.forms.includes(facts.form)))
    .flatMap((r) => r.evaluate(facts, today));
}

/** The gates that do not hold; a transition is refused with these (409 gates_unmet). */
export function unmetGates(results: readonly GateResult[]): GateResult[] {
  return results.filter((r) => !r.met);
}

function gate(gateId: string, requirement: string, met: boolean, fixAt: GateResult['fixAt'], why: string, whyEn: string): GateResult {
  return { gate: gateId, met, why, whyEn, requirement, fixAt };
}

const hasText = (s: string | null | undefined) => typeof s === 'string' && s.trim().length > 0;
const isAffirmed = (a: Affirmation | null | undefined) => a?.affirmed === true && hasText(a.justification);

/** A listing of what is missing, appended to the gate's explanation when it is unmet. */
function missing(met: boolean, items: string[], sv: string, en: string, itemsEn: string[] = items): [string, string] {
  return met || items.length === 0 ? ['', ''] : [` ${sv}: ${items.join(', ')}.`, ` ${en}: ${itemsEn.join(', ')}.`];
}

const STATUS_LABELS: Record<DemocracyStatus, { sv: string; en: string }> = {
  not_assessed: { sv: 'ej bedömd', en: 'not assessed' },
  eligible: { sv: 'godkänd', en: 'eligible' },
  not_eligible: { sv: 'ej godkänd', en: 'not eligible' },
  expired: { sv: 'bedömningen har gått ut', en: 'assessment expired' },
};

const civilSociety = (f: CooperationGateFacts) => f.parties.filter((p) => p.kind === 'civil_society');

function democracyGate(f: CooperationGateFacts): GateResult {
  const failing = civilSociety(f).filter((p) => p.democracyStatus !== 'eligible');
  const met = failing.length === 0;
  const [sv, en] = missing(
    met,
    failing.map((p) => `${p.name} (${STATUS_LABELS[p.democracyStatus].sv})`),
    'Gäller inte',
    'Not met for',
    failing.map((p) => `${p.name} (${STATUS_LABELS[p.democracyStatus].en})`),
  );
  return gate(
    'dem3.democracy',
    'DEM-3',
    met,
    'organisation',
    `Varje idéburen part ska ha en giltig, signerad bedömning av demokrativillkoren.${sv}`,
    `Every civil-society party must have a valid, signed assessment of the democracy conditions.${en}`,
  );
}

function partiesGate(f: CooperationGateFacts): GateResult {
  if (f.form === 'iop') {
    return gate('iop1.civil-society-party', 'IOP-1', civilSociety(f).length > 0, 'parties', 'En IOP ska ha minst en idéburen part', 'An IOP must have at least one civil-society party');
  }
  return gate('frm1.party', 'FRM-1', f.parties.length > 0, 'parties', 'Samverkan ska ha minst en part', 'The cooperation must have at least one party');
}

function reviewGate(f: CooperationGateFacts): GateResult {
  if (isFormalForm(f.form)) {
    return gate(
      'ini2.review-consulted',
      'INI-2',
      f.reviewGroup.consulted,
      'review',
      'Formell samverkan ska ha beretts i beredningsgruppen',
      'Formal cooperation must have been consulted with the review group',
    );
  }
  return gate(
    'ini3.review-informed',
    'INI-3',
    f.reviewGroup.informed || f.reviewGroup.consulted,
    'review',
    'Informell samverkan ska ha anmälts till beredningsgruppen',
    'Informal cooperation must have been reported to the review group',
  );
}

/**
 * FRM-2: formal cooperation adds value and complements the administration's basic mission; an
 * IOP is for activity that otherwise might not be offered to the municipality's residents.
 */
function addsValueGate(f: CooperationGateFacts): GateResult[] {
  if (!isFormalForm(f.form)) return [];
  const met = isAffirmed(f.competence.addsValue);
  return [
    f.form === 'iop'
      ? gate(
          'frm2.adds-value',
          'FRM-2',
          met,
          'competence',
          'Partnerskapet ska medföra ett mervärde och komplettera förvaltningens grunduppdrag: verksamhet som annars kanske inte skulle erbjudas kommunens invånare, med motivering',
          "The partnership must add value and complement the administration's basic mission: activity that otherwise might not be offered to the municipality's residents, with a justification",
        )
      : gate(
          'frm2.adds-value',
          'FRM-2',
          met,
          'competence',
          'Samverkan ska medföra ett mervärde och komplettera förvaltningens grunduppdrag, med motivering',
          "The cooperation must add value and complement the administration's basic mission, with a justification",
        ),
  ];
}

/** FRM-2, DEM-3, INI-2/3, INI-6 and the parties: what every form needs to become active. */
function activationGates(f: CooperationGateFacts): GateResult[] {
  return [
    gate(
      'frm2.competence',
      'FRM-2',
      isAffirmed(f.competence.withinCompetence),
      'competence',
      'Samverkan ska vara bedömd som inom den kommunala kompetensen, med motivering',
      'The cooperation must be affirmed as within municipal competence, with a justification',
    ),
    gate(
      'frm2.mission',
      'FRM-2',
      isAffirmed(f.competence.withinMission),
      'competence',
      'Samverkan ska vara bedömd som inom nämndens uppdrag, med motivering',
      "The cooperation must be affirmed as within the committee's mission, with a justification",
    ),
    ...addsValueGate(f),
    democracyGate(f),
    gate('ini6.responsible-manager', 'INI-6', f.responsibleManagerId !== null, 'overview', 'En ansvarig chef med budgetansvar ska vara utsedd', 'A responsible manager with budget responsibility must be set'),
    reviewGate(f),
    partiesGate(f),
  ];
}

/** IOP-2, IOP-3, IOP-4: legal assessment, partner control and pre-study before an IOP is signed. */
function iopGates(f: CooperationGateFacts): GateResult[] {
  const tests = f.iopAssessment?.tests ?? {};
  const criteria = f.iopAssessment?.criteria ?? {};
  const openTests = IOP_LEGAL_TESTS.filter((t) => !isAffirmed(tests[t]));
  const openCriteria = IOP_GUIDING_CRITERIA.filter((c) => !(criteria[c] && hasText(criteria[c].justification)));
  const incomplete = civilSociety(f).filter((p) => !isPartnerControlComplete(p.partnerControl));
  const [testsSv, testsEn] = missing(
    openTests.length === 0,
    openTests.map((t) => IOP_LEGAL_TEST_LABELS[t].sv),
    'Saknas',
    'Missing',
    openTests.map((t) => IOP_LEGAL_TEST_LABELS[t].en),
  );
  const [criteriaSv, criteriaEn] = missing(
    openCriteria.length === 0,
    openCriteria.map((c) => IOP_GUIDING_CRITERION_LABELS[c].sv),
    'Saknas',
    'Missing',
    openCriteria.map((c) => IOP_GUIDING_CRITERION_LABELS[c].en),
  );
  const [controlSv, controlEn] = missing(incomplete.length === 0, incomplete.map((p) => p.name), 'Ofullständig för', 'Incomplete for');
  return [
    gate(
      'iop2.legal-tests',
      'IOP-2',
      openTests.length === 0,
      'iop-assessment',
      `Den rättsliga bedömningen ska bejaka alla tre prövningar med motivering.${testsSv}`,
      `The legal assessment must affirm all three tests with a justification.${testsEn}`,
    ),
    gate(
      'iop2.guiding-criteria',
      'IOP-2',
      openCriteria.length === 0,
      'iop-assessment',
      `Alla sju vägledande kriterier ska vara besvarade med motivering.${criteriaSv}`,
      `All seven guiding criteria must be answered with a justification.${criteriaEn}`,
    ),
    gate(
      'iop3.partner-control',
      'IOP-3',
      incomplete.length === 0,
      'organisation',
      `Partnerkontrollen ska vara komplett för varje idéburen part: varje dokument inkommet eller markerat som saknat med skäl.${controlSv}`,
      `Partner control must be complete for every civil-society party: each document received or marked as not existing with a reason.${controlEn}`,
    ),
    gate('iop4.pre-study', 'IOP-4', f.preStudy !== null, 'pre-study', 'En förstudie ska vara genomförd före avtal', 'A pre-study must be done before signing'),
  ];
}

/** FRM-5: a VIDA activity has 8–15 occasions per participant. */
export function isVidaOccasionsWithinFrame(occasions: number): boolean {
  return Number.isInteger(occasions) && occasions >= VIDA_OCCASIONS.min && occasions <= VIDA_OCCASIONS.max;
}

// EMP-1: a membership of Integrationspakten is decided through the simpler check at application,
// not through the review group (decision record 012), so it has its own gates instead of these.
registerGates(
  COOPERATION_FORMS.filter((f) => f !== 'integration_pact_membership'),
  'active',
  (f) => activationGates(f),
);
registerGates(['integration_pact_membership'], 'active', (f) => membershipGates(f));
registerGates(['iop'], 'active', (f) => iopGates(f));
// IOP-5, IOP-6: terms checklist, signed agreement and a steering group of both parties. Registered
// here rather than in the agreements slice so that every path that evaluates gates sees them.
registerGates(['iop'], 'active', (f) => agreementGates(f));
registerGates(['informal'], 'active', (f) => [
  gate('frm3.no-compensation', 'FRM-3', !f.compensationSek, 'terms', 'Informell samverkan innebär ingen ersättning', 'Informal cooperation carries no compensation'),
  gate(
    'ini5.not-singling-out',
    'INI-5',
    f.singlesOutOrganisation?.affirmed !== true,
    'competence',
    'Ingen enskild organisation får pekas ut till andras nackdel',
    'No single organisation may be singled out to the disadvantage of others',
  ),
]);
// FRM-6: the term and the earlier contract's holder; FRM-9: a framework agreement's term.
registerGates(['reserved_contract'], 'active', (f) => reservedContractGates(f));
registerGates(COOPERATION_FORMS.filter(isFrameworkAgreementForm), 'active', (f) => frameworkAgreementGates(f));
registerGates(['vida'], 'active', (f) => [
  gate(
    'frm5.occasions',
    'FRM-5',
    f.vidaOccasions !== null && isVidaOccasionsWithinFrame(f.vidaOccasions),
    'terms',
    `VIDA ska omfatta ${VIDA_OCCASIONS.min}–${VIDA_OCCASIONS.max} tillfällen per deltagare`,
    `VIDA must cover ${VIDA_OCCASIONS.min}–${VIDA_OCCASIONS.max} occasions per participant`,
  ),
]);
// EMP-2: members only, a known employer, and every control of every employer passed.
registerGates(['job_partnership'], 'active', (f) => jobPartnershipGates(f));
registerGates(['external_funding'], 'active', (f) => [
  gate(
    'frm4.not-contractor',
    'FRM-4',
    f.organisationActsAsContractor === false,
    'terms',
    'Organisationen får inte vara utförare av förvaltningens verksamhet (ska vara bedömt)',
    "The organisation may not act as contractor of the administration's activity (must be assessed)",
  ),
]);

/** A field error of cooperation facts; `message` is a validation key translated by the error handler. */
export type CooperationFactError = { path: 'compensationSek' | 'vidaOccasions' | 'endDate'; message: string };

/**
 * The hard limits a cooperation's facts may never break, whatever its status, so the service can
 * refuse such input at once with 400 instead of waiting for a gate: an end date before the start
 * date; compensation in informal cooperation (FRM-3); VIDA occasions outside 8–15 (FRM-5); a
 * reserved contract longer than 36 months (FRM-6); a framework agreement longer than four years
 * (FRM-9). Unknown (null) facts are not errors here.
 */
export function validateCooperationFacts(
  facts: Pick<CooperationGateFacts, 'form' | 'compensationSek' | 'vidaOccasions' | 'startDate' | 'endDate' | 'frameworkAgreement'>,
): CooperationFactError[] {
  const errors: CooperationFactError[] = [];
  if (facts.form === 'informal' && facts.compensationSek !== null && facts.compensationSek > 0) {
    errors.push({ path: 'compensationSek', message: 'validation.informal.compensation' });
  }
  if (facts.form === 'vida' && facts.vidaOccasions !== null && !isVidaOccasionsWithinFrame(facts.vidaOccasions)) {
    errors.push({ path: 'vidaOccasions', message: 'validation.vida.occasions' });
  }
  if (facts.startDate !== null && facts.endDate !== null) {
    if (facts.endDate < facts.startDate) errors.push({ path: 'endDate', message: 'validation.dateRange' });
    else if (facts.form === 'reserved_contract' && !isReservedTermWithinLimit(facts.startDate, facts.endDate)) {
      errors.push({ path: 'endDate', message: 'validation.reservedContract.term' });
    } else if (
      isFrameworkAgreementForm(facts.form) &&
      facts.frameworkAgreement === true &&
      !isFrameworkTermWithinLimit(facts.startDate, facts.endDate)
    ) {
      errors.push({ path: 'endDate', message: 'validation.frameworkAgreement.term' });
    }
  }
  return errors;
}
