import type { CooperationGateFacts, GateResult } from '../cooperations/gate.types';
import { MEMBERSHIP_STATEMENT_LABELS, MEMBERSHIP_STATEMENTS, type MembershipStatements } from './membership.rules';

/**
 * What the membership gates read of the approved application behind a membership cooperation
 * (EMP-1); null when no application is linked to the cooperation.
 */
export type MembershipGateFacts = {
  statements: MembershipStatements;
  checkPassed: boolean;
  decision: 'approved' | 'rejected' | null;
} | null;

function gate(gateId: string, requirement: string, met: boolean, fixAt: GateResult['fixAt'], why: string, whyEn: string): GateResult {
  return { gate: gateId, met, why, whyEn, requirement, fixAt };
}

/**
 * The gates a membership of Integrationspakten passes to become active (EMP-1). A membership is
 * decided through the simpler check at application, not through the review group (decision record
 * 012): an employer party (FRM-1), every statement given, the check passed and an approved decision
 * (EMP-1), and a responsible manager (INI-6).
 */
export function membershipGates(f: CooperationGateFacts): GateResult[] {
  const application = f.membership ?? null;
  const missing = application ? MEMBERSHIP_STATEMENTS.filter((s) => !application.statements[s]) : [...MEMBERSHIP_STATEMENTS];
  const list = (lang: 'sv' | 'en') => (missing.length > 0 ? ` ${lang === 'sv' ? 'Saknas' : 'Missing'}: ${missing.map((s) => MEMBERSHIP_STATEMENT_LABELS[s][lang].toLowerCase()).join(', ')}.` : '');
  return [
    gate(
      'frm1.employer-party',
      'FRM-1',
      f.parties.some((p) => p.kind === 'employer'),
      'parties',
      'Ett medlemskap ska ha en arbetsgivare som part',
      'A membership must have an employer as its party',
    ),
    gate(
      'emp1.statements',
      'EMP-1',
      application !== null && missing.length === 0,
      'overview',
      `Ansökan ska innehålla alla åtaganden: nätverkets mål, icke-diskriminering, jämställdhet, jämlikhet och mänskliga rättigheter.${list('sv')}`,
      `The application must give every commitment: the network's goals, non-discrimination, gender equality, equality and human rights.${list('en')}`,
    ),
    gate(
      'emp1.check-passed',
      'EMP-1',
      application?.checkPassed === true,
      'overview',
      'Den förenklade kontrollen ska vara godkänd: giltigt organisationsnummer, aktiv organisation, namngiven kontaktperson och åtaganden',
      'The simpler check must have passed: valid organisation number, active organisation, a named contact and the commitments',
    ),
    gate('emp1.approved', 'EMP-1', application?.decision === 'approved', 'overview', 'Ansökan ska vara beviljad', 'The application must be approved'),
    gate('ini6.responsible-manager', 'INI-6', f.responsibleManagerId !== null, 'overview', 'En ansvarig chef med budgetansvar ska vara utsedd', 'A responsible manager with budget responsibility must be set'),
  ];
}
