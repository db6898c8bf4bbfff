import { type ControlGate, controlGate, type RecordedControl } from '../../../shared/employers/employer-controls.rules';
import type { EmployerControlFacts } from '../../../shared/cooperations/gate.types';
import type { Db } from '../../db/database';
import { findCountingChecks } from './control-check.repository';
import { readControlProgrammes } from './control-programme.service';
import { findMemberOrganisationIds } from './membership-status.repository';

/**
 * Whether each employer's controls pass on a date (EMP-2), judged by the programme in force and
 * the checks that count (those after the employer's latest reset, EMP-3). Used by the job
 * partnership's activation gate and by a job track's start, so both apply the same controls.
 */
export async function employerControlGates(db: Db, organisationIds: readonly string[], today: string): Promise<Map<string, ControlGate>> {
  const [programmes, checks] = await Promise.all([readControlProgrammes(db), findCountingChecks(db, organisationIds)]);
  const byOrganisation = new Map<string, RecordedControl[]>();
  for (const c of checks) {
    const list = byOrganisation.get(c.organisation_id) ?? [];
    list.push({
      controlCode: c.control_code,
      result: c.result,
      checkedOn: c.checked_on,
      evidence: c.evidence_file_id ?? c.evidence_reference,
    });
    byOrganisation.set(c.organisation_id, list);
  }
  return new Map(organisationIds.map((id) => [id, controlGate(programmes, byOrganisation.get(id) ?? [], today)]));
}

/**
 * What a job partnership's gates read of its employer parties (EMP-2): whether each is a member
 * of Integrationspakten, and the controls of the programme in force that have not passed.
 */
export async function employerControlFacts(db: Db, employers: readonly { id: string; name: string }[], today: string): Promise<EmployerControlFacts[]> {
  const ids = employers.map((e) => e.id);
  const [members, gates] = await Promise.all([findMemberOrganisationIds(db, ids), employerControlGates(db, ids, today)]);
  return employers.map((e) => {
    const verdict = gates.get(e.id);
    return {
      organisationId: e.id,
      name: e.name,
      member: members.has(e.id),
      programme: verdict?.programme ?? null,
      unmet: (verdict?.unmet ?? []).map((s) => ({ code: s.control.code, nameSv: s.control.nameSv, nameEn: s.control.nameEn, state: s.state })),
    };
  });
}
