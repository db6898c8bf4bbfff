import { type ControlFollowUp, controlFollowUp, type RecordedControl } from '../../../shared/employers/employer-controls.rules';
import { addDays } from '../../../shared/lifecycle/termination.rules';
import type { Db } from '../../db/database';
import { readSetting } from '../organisations/settings.service';
import { findCountingChecks } from './control-check.repository';
import { readControlProgrammes } from './control-programme.service';
import { findRunningJobPartnershipEmployers } from './job-partnership.repository';

/** One employer of a running job partnership whose controls are due, and whether that flags the partnership. */
export type DueEmployerControls = {
  cooperationId: string;
  caseNumber: string;
  title: string;
  responsibleManagerId: string | null;
  managerName: string | null;
  organisationId: string;
  organisationName: string;
  followUp: ControlFollowUp;
  /** Since when the earliest of the due controls has been due. */
  dueSince: string;
};

/**
 * The employers of running job partnerships whose controls are due for a new check (EMP-2):
 * expired, failed, missing under a new programme or without evidence — and flagged once the
 * grace period (setting `employers.control_grace_days`) has run out. Two indexed queries.
 */
export async function findDueEmployerControls(db: Db, today: string, filter: { managerId?: string; cooperationIds?: readonly string[] } = {}): Promise<DueEmployerControls[]> {
  const rows = await findRunningJobPartnershipEmployers(db, filter);
  if (rows.length === 0) return [];
  const organisationIds = [...new Set(rows.map((r) => r.organisation_id))];
  const [programmes, checks, graceDays] = await Promise.all([
    readControlProgrammes(db),
    findCountingChecks(db, organisationIds),
    readSetting(db, 'employers.control_grace_days'),
  ]);
  const byOrganisation = new Map<string, RecordedControl[]>();
  for (const c of checks) {
    const list = byOrganisation.get(c.organisation_id) ?? [];
    list.push({ controlCode: c.control_code, result: c.result, checkedOn: c.checked_on, evidence: c.evidence_file_id ?? c.evidence_reference });
    byOrganisation.set(c.organisation_id, list);
  }
  const inForce = programmes.filter((p) => p.validFrom <= today).at(-1);
  const result: DueEmployerControls[] = [];
  for (const row of rows) {
    const recorded = byOrganisation.get(row.organisation_id) ?? [];
    const followUp = controlFollowUp(programmes, recorded, today, graceDays);
    if (followUp.due.length === 0) continue;
    const since = followUp.due
      .map((s) => {
        if (s.state === 'expired' && s.validUntil) return addDays(s.validUntil, 1);
        if (s.state === 'missing') return inForce?.validFrom ?? today;
        const latest = recorded.filter((c) => c.controlCode === s.control.code).at(-1);
        return latest?.checkedOn ?? today;
      })
      .reduce((a, b) => (a < b ? a : b));
    result.push({
      cooperationId: row.cooperation_id,
      caseNumber: row.case_number,
      title: row.title,
      responsibleManagerId: row.responsible_manager_id,
      managerName: row.manager_name,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      followUp,
      dueSince: since > today ? today : since,
    });
  }
  return result;
}

/** Whether a running job partnership is flagged (EMP-2): a control of one of its employers failed or is overdue beyond the grace period. */
export async function isJobPartnershipFlagged(db: Db, cooperationId: string, today: string): Promise<boolean> {
  const due = await findDueEmployerControls(db, today, { cooperationIds: [cooperationId] });
  return due.some((d) => d.followUp.flagged);
}
