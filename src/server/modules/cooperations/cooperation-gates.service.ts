import type { CooperationFactsView } from '../../../shared/cooperations/cooperation.schemas';
import { COOPERATION_FORMS, type CooperationForm, type CooperationStatus } from '../../../shared/cooperations/forms';
import type { CooperationGateFacts, ReservedPredecessor } from '../../../shared/cooperations/gate.types';
import type { DemocracyStatus } from '../../../shared/organisations/democracy.rules';
import {
  type DocumentType,
  type PartnerControlDocument,
  partnerControlChecklist,
} from '../../../shared/organisations/partner-control.rules';
import type { Db } from '../../db/database';
import { findAgreementGateRecords } from '../agreements/agreement.repository';
import { employerControlFacts } from '../employers/employer-control-state';
import { agreementGateFacts } from '../agreements/agreement-gate-facts';
import { membershipGateFacts } from '../employers/membership-gate-facts';
import { findGateRecords, findPredecessorRecord, type PartyRow } from './cooperation.repository';
import { readStoredFacts } from './cooperation.views';

/** The cooperation's own data the gates read, as it is or as it would be after a change. */
export type GateSubject = {
  form: CooperationForm;
  status: CooperationStatus;
  facts: CooperationFactsView;
  responsibleManagerId: string | null;
  initiativeId: string | null;
  compensationSek: number | null;
  valueSek: number | null;
  startDate: string | null;
  endDate: string | null;
  /** The stored cooperation's id, so that its agreements and steering groups are read (IOP-5, IOP-6). */
  cooperationId?: string | null;
};

/**
 * FRM-6: the earlier reserved contract a cooperation states it follows, read from the register:
 * its case number, form, what it follows in turn, and its parties (the holders).
 */
async function resolvePredecessor(db: Db, facts: CooperationFactsView): Promise<ReservedPredecessor | null> {
  const stated = facts.reservedPredecessor;
  if (!stated || stated.kind === 'first') return stated;
  const row = await findPredecessorRecord(db, stated.cooperationId);
  const form = COOPERATION_FORMS.find((f) => f === row?.form);
  if (!row || !form) return { kind: 'follows', cooperationId: stated.cooperationId, contract: null };
  const follows = readStoredFacts(row.facts).reservedPredecessor;
  return {
    kind: 'follows',
    cooperationId: stated.cooperationId,
    contract: {
      caseNumber: row.case_number,
      title: row.title,
      form,
      holders: row.holders.map((h) => ({ organisationId: h.id, name: h.name })),
      followsId: follows?.kind === 'follows' ? follows.cooperationId : null,
    },
  };
}

/**
 * Everything the gates need about a cooperation on a date (gate.types.ts): its own facts, each
 * party's kind, democracy status (the organisation's latest signed assessment, DEM-3) and
 * partner-control checklist (ORG-4), and what the review group knows of its initiative (INI-2,
 * INI-3). A cooperation registered without an initiative has not been before the review group.
 */
export async function assembleGateFacts(
  db: Db,
  subject: GateSubject,
  partyIds: string[] | { cooperationId: string },
  today: string,
): Promise<{ facts: CooperationGateFacts; parties: PartyRow[] }> {
  // One statement for parties, their records and the review group: a detail view runs it per request.
  const records = await findGateRecords(db, partyIds, subject.initiativeId, today);
  const cooperationId = subject.cooperationId ?? (Array.isArray(partyIds) ? null : partyIds.cooperationId);
  // A cooperation not yet stored has no agreement and no steering group.
  const agreementRecords = cooperationId ? await findAgreementGateRecords(db, cooperationId) : { agreements: [], steeringGroups: [] };
  const reviewGroup = { consulted: records.consulted, informed: records.informed };
  const parties: PartyRow[] = records.parties.map(({ documents: _d, absences: _a, ...party }) => party);
  const facts: CooperationGateFacts = {
    form: subject.form,
    status: subject.status,
    competence: subject.facts.competence,
    responsibleManagerId: subject.responsibleManagerId,
    parties: records.parties.map((p) => ({
      organisationId: p.id,
      name: p.name,
      kind: p.kind,
      democracyStatus: p.democracy_status as DemocracyStatus,
      partnerControl: partnerControlChecklist(
        // JSON carries the upload time as PostgreSQL prints it; the checklist compares ISO strings.
        p.documents.map((d) => ({ id: d.id, documentType: d.document_type as DocumentType, year: d.year, uploadedAt: new Date(d.uploaded_at).toISOString() })),
        p.absences.map((a) => ({ documentType: a.document_type as PartnerControlDocument, reason: a.reason ?? '' })),
      ),
    })),
    // A consulted initiative has been before the group, so it is also known to it (INI-3).
    reviewGroup: { consulted: reviewGroup.consulted, informed: reviewGroup.informed || reviewGroup.consulted },
    compensationSek: subject.compensationSek,
    valueSek: subject.valueSek,
    startDate: subject.startDate,
    endDate: subject.endDate,
    iopAssessment: subject.facts.iopAssessment,
    preStudy: subject.facts.preStudy,
    vidaOccasions: subject.facts.vidaOccasions,
    organisationActsAsContractor: subject.facts.organisationActsAsContractor,
    singlesOutOrganisation: subject.facts.singlesOutOrganisation,
    reservedPredecessor: await resolvePredecessor(db, subject.facts),
    frameworkAgreement: subject.facts.frameworkAgreement,
    ...agreementGateFacts(agreementRecords),
    // EMP-2: a job partnership reads its employers' membership and controls.
    ...(subject.form === 'job_partnership'
      ? { knownEmployer: subject.facts.knownEmployer, employerControls: await employerControlFacts(db, parties.filter((p) => p.kind === 'employer'), today) }
      : {}),
    // EMP-1: a membership's approved application stands in for the review group.
    ...(subject.form === 'integration_pact_membership' ? { membership: cooperationId ? await membershipGateFacts(db, cooperationId) : null } : {}),
  };
  return { facts, parties };
}
