import { addMonths } from '../organisations/democracy.rules';
import type { CooperationForm } from './forms';
import {
  type CooperationGateFacts,
  FRAMEWORK_AGREEMENT_MAX_MONTHS,
  type GateResult,
  RESERVED_CONTRACT_MAX_MONTHS,
  type ReservedPredecessor,
} from './gate.types';

/**
 * Whether a term from its start date through its (inclusive) end date lasts at most `months`
 * months, i.e. it ends before the same day `months` months later.
 */
export function isTermWithinMonths(startDate: string, endDate: string, months: number): boolean {
  return endDate >= startDate && endDate < addMonths(startDate, months);
}

/** FRM-6: a reserved contract's term is at most 36 months. */
export function isReservedTermWithinLimit(startDate: string, endDate: string): boolean {
  return isTermWithinMonths(startDate, endDate, RESERVED_CONTRACT_MAX_MONTHS);
}

/** FRM-9: a framework agreement's term is at most four years. */
export function isFrameworkTermWithinLimit(startDate: string, endDate: string): boolean {
  return isTermWithinMonths(startDate, endDate, FRAMEWORK_AGREEMENT_MAX_MONTHS);
}

/**
 * FRM-9 applies to procurements under LOU. A procurement of welfare services below the threshold
 * (FRM-7) is left out on purpose: 002 says such agreements may run without a fixed term, bounded
 * by their total value, unlike a framework agreement; a reserved contract has its stricter FRM-6 limit.
 */
export function isFrameworkAgreementForm(form: CooperationForm): boolean {
  return form === 'procurement';
}

const names = (list: { name: string }[]) => list.map((p) => p.name).join(', ');

/** The earlier contract's holders who are also parties of this one (FRM-6). */
export function returningHolders(f: Pick<CooperationGateFacts, 'parties'>, predecessor: ReservedPredecessor | null): { organisationId: string; name: string }[] {
  if (predecessor?.kind !== 'follows' || !predecessor.contract) return [];
  const current = new Set(f.parties.map((p) => p.organisationId));
  return predecessor.contract.holders.filter((h) => current.has(h.organisationId));
}

function predecessorGate(f: CooperationGateFacts): GateResult {
  const base = { gate: 'frm6.previous-holder', requirement: 'FRM-6', fixAt: 'terms' as const };
  const p = f.reservedPredecessor;
  if (p === null) {
    return {
      ...base,
      met: false,
      why: 'Ange vilket tidigare reserverat kontrakt detta är nästa upphandling av, eller att det är den första upphandlingen av det',
      whyEn: 'State which earlier reserved contract this is the next procurement of, or that it is the first procurement of it',
    };
  }
  if (p.kind === 'first') {
    return {
      ...base,
      met: true,
      why: 'Angivet som den första upphandlingen av kontraktet: ingen tidigare innehavare är utesluten',
      whyEn: 'Stated as the first procurement of the contract: no earlier holder is excluded',
    };
  }
  if (!p.contract) {
    return { ...base, met: false, why: 'Det tidigare reserverade kontraktet som angetts finns inte i registret', whyEn: 'The earlier reserved contract stated is not in the register' };
  }
  const { caseNumber } = p.contract;
  if (p.contract.form !== 'reserved_contract') {
    return {
      ...base,
      met: false,
      why: `${caseNumber} är inte ett reserverat kontrakt: ange ett tidigare reserverat kontrakt`,
      whyEn: `${caseNumber} is not a reserved contract: state an earlier reserved contract`,
    };
  }
  const returning = returningHolders(f, p);
  if (returning.length > 0) {
    return {
      ...base,
      met: false,
      why: `${names(returning)} genomförde det tidigare reserverade kontraktet ${caseNumber} och får inte delta i nästa upphandling av det`,
      whyEn: `${names(returning)} carried out the earlier reserved contract ${caseNumber} and may not take part in the next procurement of it`,
    };
  }
  return {
    ...base,
    met: true,
    why: `Nästa upphandling av det reserverade kontraktet ${caseNumber}: ingen av parterna genomförde det`,
    whyEn: `The next procurement of the reserved contract ${caseNumber}: none of the parties carried it out`,
  };
}

/**
 * FRM-6: a reserved contract has a start and end date and runs at most 36 months, and the
 * organisation that carried out the earlier reserved contract it follows may not be a party of it.
 */
export function reservedContractGates(f: CooperationGateFacts): GateResult[] {
  return [
    {
      gate: 'frm6.term',
      requirement: 'FRM-6',
      fixAt: 'terms',
      met: f.startDate !== null && f.endDate !== null && isReservedTermWithinLimit(f.startDate, f.endDate),
      why: `Ett reserverat kontrakt ska ha start- och slutdatum och löpa högst ${RESERVED_CONTRACT_MAX_MONTHS} månader`,
      whyEn: `A reserved contract must have a start and end date and run at most ${RESERVED_CONTRACT_MAX_MONTHS} months`,
    },
    predecessorGate(f),
  ];
}

/**
 * FRM-9: a procurement states whether it is a framework agreement; one that is has a start and
 * end date and runs at most four years.
 */
export function frameworkAgreementGates(f: CooperationGateFacts): GateResult[] {
  const base = { gate: 'frm9.framework-term', requirement: 'FRM-9', fixAt: 'terms' as const };
  if (f.frameworkAgreement === null) {
    return [{ ...base, met: false, why: 'Ange om upphandlingen är ett ramavtal', whyEn: 'State whether the procurement is a framework agreement' }];
  }
  if (!f.frameworkAgreement) {
    return [{ ...base, met: true, why: 'Upphandlingen är inte ett ramavtal', whyEn: 'The procurement is not a framework agreement' }];
  }
  return [
    {
      ...base,
      met: f.startDate !== null && f.endDate !== null && isFrameworkTermWithinLimit(f.startDate, f.endDate),
      why: 'Ett ramavtal ska ha start- och slutdatum och löpa högst fyra år',
      whyEn: 'A framework agreement must have a start and end date and run at most four years',
    },
  ];
}

/** A field error of the FRM-6 predecessor reference; `message` is a validation key. */
export type PredecessorError = { path: 'facts.reservedPredecessor.cooperationId' | 'facts.reservedPredecessor'; message: string };

/**
 * Checks a stated predecessor before it is stored (FRM-6): only a reserved contract states one,
 * and it names another cooperation that exists, is a reserved contract and does not itself
 * follow this one.
 */
export function validateReservedPredecessor(
  form: CooperationForm,
  cooperationId: string | null,
  predecessor: ReservedPredecessor | null,
): PredecessorError[] {
  if (predecessor === null) return [];
  if (form !== 'reserved_contract') return [{ path: 'facts.reservedPredecessor', message: 'validation.reservedPredecessor.form' }];
  if (predecessor.kind === 'first') return [];
  const path = 'facts.reservedPredecessor.cooperationId' as const;
  if (cooperationId !== null && predecessor.cooperationId === cooperationId) return [{ path, message: 'validation.reservedPredecessor.self' }];
  if (!predecessor.contract) return [{ path, message: 'validation.reservedPredecessor.unknown' }];
  if (predecessor.contract.form !== 'reserved_contract') return [{ path, message: 'validation.reservedPredecessor.notReserved' }];
  if (cooperationId !== null && predecessor.contract.followsId === cooperationId) return [{ path, message: 'validation.reservedPredecessor.cycle' }];
  return [];
}
