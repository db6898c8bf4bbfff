import { type ControlGate, controlGate, type RecordedControl } from '../../../shared/employers/employer-controls.rules';
import type { Db } from '../../db/database';
import { findCountingChecks } from './control-check.repository';
import { readControlProgrammes } from './control-programme.service';

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
