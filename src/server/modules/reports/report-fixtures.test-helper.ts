import type { CooperationForm } from '../../../shared/cooperations/forms';
import type { Db } from '../../db/database';
import { insertCooperation, setParties } from '../cooperations/cooperation.repository';

let sequence = 0;

export type ReportCooperation = {
  title?: string;
  form?: CooperationForm;
  status?: 'preparing' | 'active' | 'under_review' | 'ended';
  activatedOn?: string | null;
  endedOn?: string | null;
  endedReason?: string | null;
  areas?: string[];
  unitCode?: string | null;
  targetGroups?: string[];
  partyIds?: string[];
  valueSek?: number | null;
  responsibleManagerId?: string | null;
};

/**
 * A cooperation written straight into the register with its lifecycle days, as a report test needs
 * a history (activated last spring, ended in the autumn) that the API can only make day by day.
 * The case number's year is the year of activation (or 2020), with a sequence unique to the process.
 */
export async function seedReportCooperation(db: Db, c: ReportCooperation = {}): Promise<string> {
  sequence += 1;
  const year = Number((c.activatedOn ?? '2020').slice(0, 4));
  const caseSequence = 5_000 + sequence;
  const status = c.status ?? (c.endedOn ? 'ended' : c.activatedOn ? 'active' : 'preparing');
  const id = await insertCooperation(db, {
    case_number: `RPT ${year}-${String(caseSequence).padStart(4, '0')}`,
    case_year: year,
    case_sequence: caseSequence,
    title: c.title ?? `Rapportsamverkan ${sequence}`,
    form: c.form ?? 'iop',
    status,
    ended_reason: c.endedReason ?? (status === 'ended' ? 'Behovet har upphört' : null),
    responsible_manager_id: c.responsibleManagerId ?? null,
    unit_code: c.unitCode ?? null,
    areas: c.areas ?? [],
    target_groups: c.targetGroups ?? [],
    value_sek: c.valueSek ?? null,
    activated_on: c.activatedOn ?? null,
    ended_on: c.endedOn ?? null,
  });
  if (c.partyIds && c.partyIds.length > 0) await setParties(db, id, c.partyIds);
  return id;
}

/**
 * A termination in force (effected, not withdrawn) of a cooperation the report fixture ended, as
 * the lifecycle would leave it, so the report counts and lists the cooperation as terminated.
 */
export async function seedReportTermination(
  db: Db,
  t: { cooperationId: string; kind: 'notice' | 'rescission'; reason: string; givenOn: string; effectiveOn: string },
): Promise<void> {
  await db
    .insertInto('cooperation_termination')
    .values({
      cooperation_id: t.cooperationId,
      kind: t.kind,
      reason: t.reason,
      evidence_note: 'Beslut i nämnden',
      given_on: t.givenOn,
      effective_on: t.effectiveOn,
      effected_at: `${t.effectiveOn}T08:00:00Z`,
    })
    .execute();
}
