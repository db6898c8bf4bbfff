import { isTermsChecklistComplete, missingTerms } from '../../../shared/agreements/terms.rules';
import type { CooperationGateFacts } from '../../../shared/cooperations/gate.types';
import type { AgreementGateRecords } from './agreement.repository';

/**
 * The gate facts of a cooperation's agreements and steering groups: the best agreement is the
 * first record (signed first, then the latest); one steering group must have both sides (IOP-6).
 */
export function agreementGateFacts(records: AgreementGateRecords): Pick<CooperationGateFacts, 'agreement' | 'steeringGroup'> {
  const best = records.agreements[0];
  const groups = records.steeringGroups;
  const both = groups.find((g) => g.cityRepresented && g.partnerRepresented);
  return {
    agreement: best ? { termsComplete: isTermsChecklistComplete(best.terms), missingTerms: missingTerms(best.terms), signedDocument: best.signed } : null,
    // Without a group of both sides, the one closest to it names what is missing.
    steeringGroup: both ?? groups.find((g) => g.cityRepresented || g.partnerRepresented) ?? groups[0] ?? null,
  };
}
