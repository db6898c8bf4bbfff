import type { CooperationGateFacts, GateResult } from '../cooperations/gate.types';
import { IOP_TERM_LABELS, type IopTerm } from './terms.rules';

const label = (t: string, lang: 'sv' | 'en') => IOP_TERM_LABELS[t as IopTerm]?.[lang] ?? t;

/**
 * The IOP activation gates of agreements and governance: the terms checklist is complete (IOP-5),
 * a signed agreement is uploaded (IOP-5) and a steering group has members of both parties (IOP-6).
 * Each unmet gate names what is missing. Registered for IOP activation in `gates.rules.ts`, so
 * that every evaluation (transition, readiness checklist, gate listing) sees them.
 */
export function agreementGates(f: CooperationGateFacts): GateResult[] {
  const agreement = f.agreement ?? null;
  const missing = agreement ? agreement.missingTerms : [];
  const termsMet = agreement !== null && agreement.termsComplete;
  const group = f.steeringGroup ?? null;
  const groupMissingSv = group === null ? ['styrgrupp kopplad till samverkan'] : [];
  const groupMissingEn = group === null ? ['steering group linked to the cooperation'] : [];
  if (group && !group.cityRepresented) {
    groupMissingSv.push('ledamot från staden');
    groupMissingEn.push('member from the city');
  }
  if (group && !group.partnerRepresented) {
    groupMissingSv.push('ledamot från den idéburna parten');
    groupMissingEn.push('member from the civil-society party');
  }
  const termsWhy = agreement === null
    ? [' Saknas: avtal.', ' Missing: agreement.']
    : termsMet
      ? ['', '']
      : [` Saknas: ${missing.map((t) => label(t, 'sv')).join(', ')}.`, ` Missing: ${missing.map((t) => label(t, 'en')).join(', ')}.`];
  return [
    {
      gate: 'iop5.terms-checklist',
      met: termsMet,
      why: `Avtalets villkor ska vara genomgångna och klara för varje punkt i checklistan.${termsWhy[0]}`,
      whyEn: `Every section of the agreement's terms checklist must be written and complete.${termsWhy[1]}`,
      requirement: 'IOP-5',
      fixAt: 'terms',
    },
    {
      gate: 'iop5.signed-agreement',
      met: agreement?.signedDocument === true,
      why: `Det undertecknade avtalet ska vara uppladdat.${agreement?.signedDocument ? '' : ' Saknas: undertecknat avtal.'}`,
      whyEn: `The signed agreement must be uploaded.${agreement?.signedDocument ? '' : ' Missing: signed agreement.'}`,
      requirement: 'IOP-5',
      fixAt: 'terms',
    },
    {
      gate: 'iop6.steering-group',
      met: groupMissingSv.length === 0,
      why: `En IOP ska ha en styrgrupp med företrädare för både staden och organisationen.${groupMissingSv.length ? ` Saknas: ${groupMissingSv.join(', ')}.` : ''}`,
      whyEn: `An IOP must have a steering group with representatives of both the city and the organisation.${groupMissingEn.length ? ` Missing: ${groupMissingEn.join(', ')}.` : ''}`,
      requirement: 'IOP-6',
      fixAt: 'organisation',
    },
  ];
}
