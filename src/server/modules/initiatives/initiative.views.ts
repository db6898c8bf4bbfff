import type { CooperationForm, InitiativeStatus } from '../../../shared/cooperations/forms';
import type {
  InitiativeAttachmentView,
  InitiativeView,
  ProposerView,
  RecommendationSummaryView,
} from '../../../shared/initiatives/initiative.schemas';
import { formatInitiativeNumber } from '../../../shared/initiatives/initiative-number.rules';
import type { InitiativeRow, RecommendationRow } from '../../db/schema-cooperations';
import type { AttachmentWithFile } from './attachment.repository';
import type { InitiativeListRow, LinkedOrganisation } from './initiative.repository';

/** The readable number of an initiative row, `INI YYYY-NNNN`. */
export function numberOf(row: Pick<InitiativeRow, 'number_year' | 'number_sequence'>): string {
  return formatInitiativeNumber(row.number_year, row.number_sequence);
}

const money = (value: string | null): number | null => (value === null ? null : Number(value));

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The proposer stored as JSON, read back defensively into its fixed shape. */
function proposerOf(value: Record<string, unknown> | null): ProposerView | null {
  if (!value) return null;
  return {
    organisationName: text(value.organisationName) ?? '',
    orgNumber: text(value.orgNumber),
    contactName: text(value.contactName) ?? '',
    contactEmail: text(value.contactEmail) ?? '',
    contactPhone: text(value.contactPhone),
  };
}

/** An initiative as staff see it, with its linked organisations. */
export function toInitiativeView(row: InitiativeListRow, organisations: LinkedOrganisation[]): InitiativeView {
  return {
    id: row.id,
    number: numberOf(row),
    registryNumber: row.registry_number,
    title: row.title,
    origin: row.origin,
    submittedVia: row.submitted_via,
    brief: row.brief,
    targetGroups: row.target_groups,
    areas: row.areas,
    unitCode: row.unit_code,
    proposedForm: row.proposed_form as CooperationForm | null,
    expectedCompensationSek: money(row.expected_compensation_sek),
    estimatedValueSek: money(row.estimated_value_sek),
    intendedDurationMonths: row.intended_duration_months,
    facts: row.facts ?? {},
    status: row.status as InitiativeStatus,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    proposer: proposerOf(row.proposer),
    createdBy: row.created_by ? { id: row.created_by, name: row.creator_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/**
 * What the audit log keeps of an initiative: its content. Of a public proposer only the
 * organisation is kept, since the append-only log cannot forget a person's contact details.
 */
export function auditedInitiative(row: InitiativeRow, organisationIds: string[]): Record<string, unknown> {
  const proposer = proposerOf(row.proposer);
  return {
    title: row.title,
    origin: row.origin,
    submittedVia: row.submitted_via,
    brief: row.brief,
    targetGroups: row.target_groups,
    areas: row.areas,
    unitCode: row.unit_code,
    proposedForm: row.proposed_form,
    expectedCompensationSek: money(row.expected_compensation_sek),
    estimatedValueSek: money(row.estimated_value_sek),
    intendedDurationMonths: row.intended_duration_months,
    facts: row.facts ?? {},
    status: row.status,
    registryNumber: row.registry_number,
    organisationIds: [...organisationIds].sort(),
    ...(proposer ? { proposer: { organisationName: proposer.organisationName, orgNumber: proposer.orgNumber } } : {}),
  };
}

/** An attachment of an initiative as the API shows it. */
export function toAttachmentView(row: AttachmentWithFile): InitiativeAttachmentView {
  return {
    id: row.id,
    file: { id: row.file_id, originalName: row.original_name, mediaType: row.media_type, sizeBytes: row.size_bytes },
    uploadedBy: row.uploaded_by ? { id: row.uploaded_by, name: row.uploader_name ?? '' } : null,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

/** The summary of a recommendation shown on its initiative. */
export function toRecommendationSummary(row: RecommendationRow): RecommendationSummaryView {
  return {
    outcome: row.outcome,
    recommendedForm: row.recommended_form,
    referredTo: row.referred_to,
    justification: row.justification,
    addedValue: row.added_value,
    recordedAt: row.recorded_at.toISOString(),
    meetingId: row.meeting_id,
  };
}
