import type { CooperationGateFacts, EmployerControlFacts, GateResult } from '../cooperations/gate.types';

/**
 * The gates of a job partnership on its way to active (EMP-2, 004): only for members of
 * Integrationspakten, with a justification that the city already knows the employer well, and
 * with every control of every employer party passed under the programme in force. The controls
 * belong to the employer, so a check holds for each of its partnerships and job tracks.
 */

const STATE_SV: Record<EmployerControlFacts['unmet'][number]['state'], string> = {
  missing: 'saknas',
  failed: 'underkänd',
  expired: 'har gått ut',
  no_evidence: 'saknar underlag',
  passed: 'godkänd',
};
const STATE_EN: Record<EmployerControlFacts['unmet'][number]['state'], string> = {
  missing: 'missing',
  failed: 'failed',
  expired: 'expired',
  no_evidence: 'without evidence',
  passed: 'passed',
};

const hasText = (s: string | null | undefined) => typeof s === 'string' && s.trim().length > 0;

function gate(gateId: string, met: boolean, why: string, whyEn: string): GateResult {
  return { gate: gateId, met, why, whyEn, requirement: 'EMP-2', fixAt: gateId === 'emp2.known-employer' ? 'competence' : 'organisation' };
}

/** The employers of the partnership as the gates read them; unknown (not assembled) counts as not met. */
const employersOf = (f: CooperationGateFacts) => f.employerControls ?? f.parties.filter((p) => p.kind === 'employer').map((p) => ({ organisationId: p.organisationId, name: p.name, member: false, programme: null, unmet: [] }));

/** EMP-2: each employer party is a member of Integrationspakten, and there is at least one. */
export function membershipGate(f: CooperationGateFacts): GateResult {
  const employers = employersOf(f);
  const outside = employers.filter((e) => !e.member);
  const met = employers.length > 0 && outside.length === 0;
  const names = outside.map((e) => e.name).join(', ');
  if (employers.length === 0) {
    return gate('emp2.member', false, 'Ett jobbpartnerskap ska ha en arbetsgivare som part, medlem i Integrationspakten', 'A job partnership must have an employer party that is a member of Integrationspakten');
  }
  return gate(
    'emp2.member',
    met,
    `Varje arbetsgivare i ett jobbpartnerskap ska vara medlem i Integrationspakten.${met ? '' : ` Inte medlem: ${names}.`}`,
    `Every employer of a job partnership must be a member of Integrationspakten.${met ? '' : ` Not a member: ${names}.`}`,
  );
}

/** EMP-2: the justification that the city already knows the employer well. */
export function knownEmployerGate(f: CooperationGateFacts): GateResult {
  const known = f.knownEmployer;
  return gate(
    'emp2.known-employer',
    known?.affirmed === true && hasText(known.justification),
    'Staden ska redan känna arbetsgivaren väl, med motivering',
    'The city must already know the employer well, with a justification',
  );
}

/** EMP-2: every control of every employer passed, naming the controls not passed per employer. */
export function controlsGate(f: CooperationGateFacts): GateResult {
  const employers = employersOf(f);
  const failing = employers.filter((e) => e.programme === null || e.unmet.length > 0);
  const met = employers.length > 0 && failing.length === 0;
  const listSv = failing.map((e) => (e.programme === null ? `${e.name}: inget inköpsprogram gäller` : `${e.name}: ${e.unmet.map((c) => `${c.nameSv} (${STATE_SV[c.state]})`).join(', ')}`));
  const listEn = failing.map((e) => (e.programme === null ? `${e.name}: no procurement programme in force` : `${e.name}: ${e.unmet.map((c) => `${c.nameEn} (${STATE_EN[c.state]})`).join(', ')}`));
  return gate(
    'emp2.controls',
    met,
    `Varje kontroll av varje arbetsgivare ska vara godkänd, med underlag, och fortfarande gälla.${listSv.length > 0 ? ` Ej godkänt: ${listSv.join('; ')}.` : ''}`,
    `Every control of every employer must have passed, with evidence, and still hold.${listEn.length > 0 ? ` Not passed: ${listEn.join('; ')}.` : ''}`,
  );
}

/** The gates a job partnership must pass to become active (EMP-2). */
export function jobPartnershipGates(f: CooperationGateFacts): GateResult[] {
  return [membershipGate(f), knownEmployerGate(f), controlsGate(f)];
}
