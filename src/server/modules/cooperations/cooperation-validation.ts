import type { CooperationGateFacts } from '../../../shared/cooperations/gate.types';
import { validateCooperationFacts } from '../../../shared/cooperations/gates.rules';
import { validateReservedPredecessor } from '../../../shared/cooperations/procurement-gates.rules';
import type { Db } from '../../db/database';
import { DomainError, type FieldError } from '../../http/errors';
import { findMemberOrganisationIds } from '../employers/membership-status.repository';
import { findAreas } from '../organisations/reference.repository';
import { findUserById } from '../users/user.repository';
import { findKnownCodes, type PartyRow } from './cooperation.repository';

/** The fields of a cooperation that refer to other records, as they would be after a change. */
export type CooperationReferences = {
  parties: { requested: string[]; found: PartyRow[]; alreadyParties: string[] };
  responsibleManagerId: string | null;
  /** Only a changed manager is checked: a manager who later left stays on record. */
  managerChanged: boolean;
  unitCode: string | null;
  areas: string[];
  targetGroups: string[];
  /** The stored cooperation's id (null while it is being created), and whether the change states its predecessor (FRM-6). */
  cooperationId: string | null;
  predecessorChanged: boolean;
};

/**
 * Checks a cooperation before it is stored (INI-6, FRM-3, FRM-5, FRM-6, FRM-9): parties exist (a
 * new party must not be archived), the responsible manager is an active user with the manager
 * role, codes exist in reference data, a newly stated earlier reserved contract is another
 * reserved contract in the register, and the hard limits of the form hold (the term ends after
 * it starts; FRM-3, FRM-5, FRM-6, FRM-9). Every problem is reported at once, with its field path.
 */
export async function assertValidCooperation(db: Db, refs: CooperationReferences, facts: CooperationGateFacts): Promise<void> {
  const errors: FieldError[] = [];
  const byId = new Map(refs.parties.found.map((p) => [p.id, p]));
  refs.parties.requested.forEach((id, i) => {
    const party = byId.get(id);
    if (!party || (party.status === 'archived' && !refs.parties.alreadyParties.includes(id))) {
      errors.push({ path: `organisationIds.${i}`, message: 'validation.organisation.unknown' });
    }
  });
  const notMembers = await employersNotMembers(db, refs, facts);
  for (const { index } of notMembers) errors.push({ path: `organisationIds.${index}`, message: 'validation.jobPartnership.notMember', requirement: 'EMP-2' });
  if (refs.managerChanged && refs.responsibleManagerId) {
    const user = await findUserById(db, refs.responsibleManagerId);
    if (!user || user.status !== 'active' || !user.roles.includes('manager')) {
      errors.push({ path: 'responsibleManagerId', message: 'validation.responsibleManager' });
    }
  }
  if (refs.unitCode && !(await findKnownCodes(db, 'unit', [refs.unitCode])).has(refs.unitCode)) {
    errors.push({ path: 'unitCode', message: 'validation.unit.unknown' });
  }
  if (refs.areas.length > 0) {
    const known = new Set((await findAreas(db)).map((a) => a.code));
    refs.areas.forEach((code, i) => {
      if (!known.has(code)) errors.push({ path: `areas.${i}`, message: 'validation.area.unknown' });
    });
  }
  const knownGroups = await findKnownCodes(db, 'target_group', refs.targetGroups);
  refs.targetGroups.forEach((code, i) => {
    if (!knownGroups.has(code)) errors.push({ path: `targetGroups.${i}`, message: 'validation.targetGroup.unknown' });
  });
  if (refs.predecessorChanged) errors.push(...validateReservedPredecessor(facts.form, refs.cooperationId, facts.reservedPredecessor));
  // The facts' own fields sit under `facts` in the input; amounts and dates are top-level fields.
  for (const e of validateCooperationFacts(facts)) errors.push({ path: e.path === 'vidaOccasions' ? 'facts.vidaOccasions' : e.path, message: e.message });
  if (errors.length > 0) {
    throw new DomainError('validation_failed', { errors, ...(notMembers.length > 0 ? { extra: { notMembers: notMembers.map(({ id, name }) => ({ id, name })) } } : {}) });
  }
}

/**
 * EMP-2: a job partnership is only for members of Integrationspakten — the employer parties being
 * added (all of them for a new partnership) that are not running members, by their place in the request.
 */
async function employersNotMembers(db: Db, refs: CooperationReferences, facts: CooperationGateFacts): Promise<{ index: number; id: string; name: string }[]> {
  if (facts.form !== 'job_partnership') return [];
  const byId = new Map(refs.parties.found.map((p) => [p.id, p]));
  const added = refs.parties.requested
    .map((id, index) => ({ index, party: byId.get(id) }))
    .filter((r): r is { index: number; party: PartyRow } => r.party?.kind === 'employer' && (refs.cooperationId === null || !refs.parties.alreadyParties.includes(r.party.id)));
  if (added.length === 0) return [];
  const members = await findMemberOrganisationIds(db, added.map((r) => r.party.id));
  return added.filter((r) => !members.has(r.party.id)).map((r) => ({ index: r.index, id: r.party.id, name: r.party.name }));
}
