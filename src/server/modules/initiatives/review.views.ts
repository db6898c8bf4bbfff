import type {
  AgendaItemView,
  RecommendationView,
  ReviewInitiativeView,
  ReviewMeetingDetailView,
  ReviewMeetingView,
} from '../../../shared/initiatives/review.schemas';
import type { FollowUpView } from '../../../shared/initiatives/follow-up.schemas';
import { hasEconomist } from '../../../shared/initiatives/follow-up.rules';
import { formatInitiativeNumber } from '../../../shared/initiatives/initiative-number.rules';
import { awaitsReview } from '../../../shared/initiatives/review.rules';
import type { Db } from '../../db/database';
import { found } from '../../http/errors';
import { latestFollowUpRecordsOf } from '../followup/follow-up-record.views';
import { findAttendees, findMeetingFollowUps, type FollowUpRow } from './follow-up.repository';
import {
  findAgendaItems,
  findInitiativeOrganisations,
  findMeetingRecommendations,
  findReviewMeetingById,
  type RecommendationRow,
  type ReviewInitiativeRow,
  type ReviewMeetingRow,
} from './review.repository';

/** Whether an initiative row still waits for the review group (see `awaitsReview`, INI-2, INI-3). */
export function isRowAwaitingReview(row: ReviewInitiativeRow): boolean {
  return awaitsReview({
    status: row.status,
    proposedForm: row.proposed_form,
    reportedAtHeldMeeting: row.reported_at_held_meeting,
    asksAssociationGrant: row.asks_association_grant,
  });
}

/** An initiative row as the review group sees it, with its organisations. */
export function toReviewInitiativeView(row: ReviewInitiativeRow, organisations: { id: string; name: string }[]): ReviewInitiativeView {
  return {
    id: row.id,
    number: formatInitiativeNumber(row.number_year, row.number_sequence),
    registryNumber: row.registry_number,
    title: row.title,
    origin: row.origin,
    proposedForm: row.proposed_form,
    status: row.status as ReviewInitiativeView['status'],
    version: row.version,
    createdAt: row.created_at.toISOString(),
    organisations,
    asksAssociationGrant: row.asks_association_grant,
  };
}

/** A recommendation row as a view, with the recorder and the committee it refers to. */
export function toRecommendationView(row: RecommendationRow): RecommendationView {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    meetingId: row.meeting_id,
    outcome: row.outcome,
    recommendedForm: row.recommended_form,
    referredTo: row.referred_to ? { code: row.referred_to, nameSv: row.committee_name_sv ?? row.referred_to, nameEn: row.committee_name_en ?? row.referred_to } : null,
    justification: row.justification,
    addedValue: row.added_value,
    recordedBy: { id: row.recorded_by, name: row.recorder_name },
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** A meeting row as a list view. */
export function toReviewMeetingView(row: ReviewMeetingRow): ReviewMeetingView {
  return {
    id: row.id,
    meetingDate: row.meeting_date,
    location: row.location,
    notes: row.notes,
    status: row.status,
    consultationCount: row.consultation_count,
    informationCount: row.information_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** A follow-up row as a view, with its cooperation and recorder (INI-7). */
export function toFollowUpView(row: FollowUpRow, latestFollowUpRecord?: FollowUpView['latestFollowUpRecord']): FollowUpView {
  return {
    id: row.id,
    cooperation: { id: row.cooperation_id, caseNumber: row.case_number, title: row.cooperation_title },
    assessment: row.assessment,
    recordedBy: { id: row.recorded_by, name: row.recorder_name },
    recordedAt: row.recorded_at.toISOString(),
    // The cooperation's latest follow-up record, left out while it has none (AGR-5, IOP-7).
    ...(latestFollowUpRecord ? { latestFollowUpRecord } : {}),
  };
}

/**
 * Loads a meeting with its agenda and the recommendations recorded at it, its attendees and the
 * follow-ups of running cooperations (INI-7); 404 if unknown.
 */
export async function loadMeetingDetail(db: Db, meetingId: string): Promise<ReviewMeetingDetailView> {
  const meeting = found(await findReviewMeetingById(db, meetingId));
  const [items, recommendations, attendees, followUps] = await Promise.all([
    findAgendaItems(db, meetingId),
    findMeetingRecommendations(db, meetingId),
    findAttendees(db, meetingId),
    findMeetingFollowUps(db, meetingId),
  ]);
  const [organisations, latestRecords] = await Promise.all([
    findInitiativeOrganisations(db, items.map((i) => i.id)),
    latestFollowUpRecordsOf(db, followUps.map((f) => f.cooperation_id)),
  ]);
  // Rows come oldest first, so the latest recommendation for an initiative is the one kept.
  const latest = new Map(recommendations.map((r) => [r.initiative_id, r]));
  const agenda: AgendaItemView[] = items.map((item) => {
    const recommendation = latest.get(item.id);
    return {
      id: item.item_id,
      position: item.position,
      kind: item.kind,
      initiative: toReviewInitiativeView(item, organisations.get(item.id) ?? []),
      recommendation: recommendation ? toRecommendationView(recommendation) : null,
    };
  });
  return {
    ...toReviewMeetingView(meeting),
    agenda,
    attendees,
    economistPresent: hasEconomist(attendees),
    followUps: followUps.map((f) => toFollowUpView(f, latestRecords.get(f.cooperation_id))),
  };
}
