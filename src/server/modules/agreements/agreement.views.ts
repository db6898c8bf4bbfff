import type {
  AgreementDetailView,
  AgreementSummaryView,
  AgreementVersionView,
  AnnexView,
} from '../../../shared/agreements/agreement.schemas';
import { isTermsChecklistComplete, missingTerms } from '../../../shared/agreements/terms.rules';
import type { Db } from '../../db/database';
import type { AgreementRow } from '../../db/schema-agreements';
import { found } from '../../http/errors';
import { findAnnexes, findAnnexVersions, findOrganisationNames, findVersions, type VersionWithFile } from './agreement.repository';

/** An agreement's own fields as the API shows them. */
export function toAgreementSummary(row: AgreementRow): AgreementSummaryView {
  return { id: row.id, cooperationId: row.cooperation_id, title: row.title, status: row.status, currentVersion: row.current_version, version: row.version };
}

/** One version with its parties' names and organisation numbers and its checklist state. */
export async function toVersionView(db: Db, v: VersionWithFile): Promise<AgreementVersionView> {
  const names = await findOrganisationNames(db, v.parties.map((p) => p.organisationId));
  return {
    number: v.number,
    terms: v.terms,
    startDate: v.start_date,
    endDate: v.end_date,
    noticeMonths: v.notice_months,
    parties: v.parties.map((p) => ({ ...p, name: names.get(p.organisationId)?.name ?? '', orgNumber: names.get(p.organisationId)?.orgNumber ?? null })),
    economy: v.economy.map((e) => ({ ...e, note: e.note ?? null })),
    signedFile:
      v.signed_file_id && v.file_name
        ? { id: v.signed_file_id, originalName: v.file_name, mediaType: v.file_media_type ?? '', sizeBytes: v.file_size_bytes ?? 0 }
        : null,
    signedOn: v.signed_on,
    termsComplete: isTermsChecklistComplete(v.terms),
    missingTerms: missingTerms(v.terms),
    createdBy: v.created_by ? { id: v.created_by, name: v.creator_name ?? '' } : null,
    createdAt: v.created_at.toISOString(),
  };
}

/** The annexes of an agreement, each with every version and its decision reference (AGR-7). */
export async function loadAnnexes(db: Db, agreementId: string): Promise<AnnexView[]> {
  const annexes = await findAnnexes(db, agreementId);
  const versions = await findAnnexVersions(db, annexes.map((a) => a.id));
  return annexes.map((a) => ({
    id: a.id,
    agreementId: a.agreement_id,
    number: a.number,
    title: a.title,
    versions: versions
      .filter((v) => v.annex_id === a.id)
      .map((v) => ({
        number: v.number,
        fileId: v.file_id,
        file:
          v.file_id && v.file_name
            ? { id: v.file_id, originalName: v.file_name, mediaType: v.file_media_type ?? '', sizeBytes: v.file_size_bytes ?? 0 }
            : null,
        text: v.text,
        decisionReference: v.decision_reference,
        decidedOn: v.decided_on,
        createdAt: v.created_at.toISOString(),
      })),
  }));
}

/** An agreement with its current version, the list of all versions and its annexes. */
export async function loadAgreementDetail(db: Db, row: AgreementRow): Promise<AgreementDetailView> {
  const versions = await findVersions(db, row.id);
  const current = found(versions.find((v) => v.number === row.current_version));
  return {
    ...toAgreementSummary(row),
    current: await toVersionView(db, current),
    versions: versions.map((v) => ({ number: v.number, createdAt: v.created_at.toISOString(), signedOn: v.signed_on })),
    annexes: await loadAnnexes(db, row.id),
  };
}
