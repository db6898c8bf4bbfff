import type { AuditView, OutcomeView, ReconciliationView, YearFiguresView } from '../../../shared/followup/economy.schemas';
import type { YearFigures } from '../../../shared/followup/economy.rules';
import type { AuditWithFile, OutcomeWithNames } from './economy.repository';

/** An outcome entry as the API shows it. */
export function toOutcomeView(row: OutcomeWithNames): OutcomeView {
  return {
    id: row.id,
    year: row.year,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    occurredOn: row.occurred_on,
    amountSek: row.amount_sek,
    kind: row.kind,
    reference: row.reference,
    note: row.note,
    createdBy: row.created_by ? { id: row.created_by, name: row.creator_name ?? '' } : null,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** The figures of a year with each party's name. */
export function withNames(year: YearFigures, names: Map<string, string>): YearFiguresView {
  return { ...year, parties: year.parties.map((p) => ({ ...p, organisationName: names.get(p.organisationId) ?? '' })) };
}

/** A reconciliation as the API shows it, with the figures as they stood when it was recorded. */
export function toReconciliationView(row: {
  id: string;
  year: number;
  meeting_id: string;
  meeting_date: string;
  body_name: string;
  snapshot: unknown;
  note: string | null;
  created_by: string | null;
  creator_name: string | null;
  created_at: Date;
}): ReconciliationView {
  return {
    id: row.id,
    year: row.year,
    meeting: { id: row.meeting_id, meetingDate: row.meeting_date, bodyName: row.body_name },
    figures: row.snapshot as YearFiguresView,
    note: row.note,
    createdBy: row.created_by ? { id: row.created_by, name: row.creator_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** An external audit as the API shows it. */
export function toAuditView(row: AuditWithFile): AuditView {
  return {
    id: row.id,
    auditor: row.auditor,
    scope: row.scope,
    auditedOn: row.audited_on,
    findings: row.findings,
    reportFile:
      row.report_file_id && row.file_name
        ? { id: row.report_file_id, originalName: row.file_name, mediaType: row.file_media_type ?? '', sizeBytes: row.file_size_bytes ?? 0 }
        : null,
    createdBy: row.created_by ? { id: row.created_by, name: row.creator_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}
