import type { CooperationFactsInput, CooperationFactsView, CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type { CooperationForm, CooperationStatus } from '../../../shared/cooperations/forms';
import type { CooperationGateFacts, GateResult } from '../../../shared/cooperations/gate.types';
import type { GateSubject } from './cooperation-gates.service';
import type { CooperationRecord, CooperationWithManager, PartyRow } from './cooperation.repository';

const emptyFacts: CooperationFactsView = {
  competence: { withinCompetence: null, withinMission: null, addsValue: null },
  iopAssessment: null,
  preStudy: null,
  vidaOccasions: null,
  organisationActsAsContractor: null,
  singlesOutOrganisation: null,
  reservedPredecessor: null,
  frameworkAgreement: null,
  knownEmployer: null,
};

/** The stored fact sections with every section present (null when not recorded yet). */
export function readStoredFacts(raw: Record<string, unknown>): CooperationFactsView {
  const stored = raw as Partial<CooperationFactsView>;
  // Facts stored before a field existed lack it; it reads as not recorded.
  return { ...emptyFacts, ...stored, competence: { ...emptyFacts.competence, ...stored.competence } };
}

/**
 * Stored facts with the given sections replaced; sections left out stay as they were, and so
 * does a competence section's `addsValue` when the change leaves it out (FRM-2).
 */
export function mergeFacts(current: CooperationFactsView, change: CooperationFactsInput | undefined): CooperationFactsView {
  if (!change) return current;
  const merged: CooperationFactsView = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  if (change.competence) {
    const { addsValue, ...rest } = change.competence;
    merged.competence = { ...rest, addsValue: addsValue !== undefined ? addsValue : current.competence.addsValue };
  }
  return merged;
}

/** `numeric` columns arrive as text; amounts are shown as numbers. */
export function toAmount(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/** What the gates read of a stored cooperation. */
export function subjectOf(row: CooperationRecord): GateSubject {
  return {
    form: row.form as CooperationForm,
    status: row.status as CooperationStatus,
    facts: readStoredFacts(row.facts),
    responsibleManagerId: row.responsible_manager_id,
    initiativeId: row.initiative_id,
    compensationSek: toAmount(row.compensation_sek),
    valueSek: toAmount(row.value_sek),
    startDate: row.start_date,
    endDate: row.end_date,
    cooperationId: row.id,
  };
}

/** The full view of a cooperation, with the readiness checklist of its next step. */
export function toCooperationView(
  row: CooperationWithManager,
  parties: PartyRow[],
  facts: CooperationGateFacts,
  lifecycle: { nextStatus: CooperationStatus | null; gates: GateResult[]; allowedTransitions: CooperationStatus[] },
): CooperationView {
  const subject = subjectOf(row);
  return {
    id: row.id,
    caseNumber: row.case_number,
    registryNumber: row.registry_number,
    title: row.title,
    form: subject.form,
    status: subject.status,
    endedReason: row.ended_reason,
    initiativeId: row.initiative_id,
    parties: parties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, democracyStatus: p.democracy_status as CooperationView['parties'][number]['democracyStatus'] })),
    responsibleManager: row.responsible_manager_id ? { id: row.responsible_manager_id, name: row.manager_name ?? '' } : null,
    unitCode: row.unit_code,
    areas: row.areas,
    targetGroups: row.target_groups,
    valueSek: subject.valueSek,
    compensationSek: subject.compensationSek,
    startDate: row.start_date,
    endDate: row.end_date,
    description: row.description,
    facts: subject.facts,
    reviewGroup: facts.reviewGroup,
    nextStatus: lifecycle.nextStatus,
    gates: lifecycle.gates,
    allowedTransitions: lifecycle.allowedTransitions,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** What the audit log keeps of a cooperation: its content and parties, not bookkeeping columns. */
export function auditedCooperation(row: CooperationRecord, partyIds: string[]): Record<string, unknown> {
  return {
    caseNumber: row.case_number,
    registryNumber: row.registry_number,
    initiativeId: row.initiative_id,
    title: row.title,
    form: row.form,
    status: row.status,
    endedReason: row.ended_reason,
    responsibleManagerId: row.responsible_manager_id,
    unitCode: row.unit_code,
    areas: row.areas,
    targetGroups: row.target_groups,
    valueSek: toAmount(row.value_sek),
    compensationSek: toAmount(row.compensation_sek),
    startDate: row.start_date,
    endDate: row.end_date,
    description: row.description,
    facts: readStoredFacts(row.facts),
    parties: [...partyIds].sort(),
  };
}
