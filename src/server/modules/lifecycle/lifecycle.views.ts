import type { AnnualReviewView, TerminationView } from '../../../shared/lifecycle/lifecycle.schemas';
import type { AnnualReviewWithNames } from './annual-review.repository';
import type { TerminationWithFile } from './termination.repository';

/** A termination as the API shows it; its state follows from when it was effected or withdrawn. */
export function toTerminationView(row: TerminationWithFile): TerminationView {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    kind: row.kind,
    state: row.withdrawn_at ? 'withdrawn' : row.effected_at ? 'effected' : 'pending',
    reason: row.reason,
    evidenceNote: row.evidence_note,
    evidenceFile:
      row.evidence_file_id && row.file_name
        ? { id: row.evidence_file_id, originalName: row.file_name, mediaType: row.file_media_type ?? '', sizeBytes: row.file_size_bytes ?? 0 }
        : null,
    givenOn: row.given_on,
    effectiveOn: row.effective_on,
    effectedAt: row.effected_at ? row.effected_at.toISOString() : null,
    withdrawnAt: row.withdrawn_at ? row.withdrawn_at.toISOString() : null,
    createdBy: row.created_by ? { id: row.created_by, name: row.creator_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** An annual review as the API shows it. */
export function toAnnualReviewView(row: AnnualReviewWithNames): AnnualReviewView {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    reviewYear: row.review_year,
    trigger: row.trigger,
    reviewedOn: row.reviewed_on,
    responsibleManager: { id: row.responsible_manager_id, name: row.manager_name ?? '' },
    reviewGroupConsultedOn: row.review_group_consulted_on,
    reviewMeeting: row.review_meeting_id && row.meeting_date ? { id: row.review_meeting_id, meetingDate: row.meeting_date } : null,
    outcome: row.outcome,
    reasons: row.reasons,
    createdAt: row.created_at.toISOString(),
  };
}
