import { z } from 'zod';
import { agreementDetailView } from '../agreements/agreement.schemas';
import { meetingAttachmentView } from '../governance/cycle.schemas';
import { decisionView, governanceBodyDetailView, governanceBodySummaryView, meetingDetailView, meetingView } from '../governance/governance.schemas';
import { documentsOverviewView } from '../organisations/document.schemas';
import { organisationView } from '../organisations/organisation.schemas';
import { workItemView } from '../work-queue/work-queue.schemas';
import { documentSubmissionView } from './document-submission.schemas';

/** The organisation's register data as its partner reads it: no staff assessments, no bookkeeping. */
export const portalOrganisationRecord = organisationView.omit({ democracyStatus: true, democracyValidUntil: true, version: true });

/** "Vår organisation": register data, ORG-4 documents with their checklist, and the partner's submissions. */
export const portalOrganisationView = z.object({
  organisation: portalOrganisationRecord,
  documents: documentsOverviewView,
  submissions: z.array(documentSubmissionView),
});
export type PortalOrganisationView = z.infer<typeof portalOrganisationView>;

const portalCooperationSummary = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  title: z.string(),
  form: z.string(),
  status: z.string(),
});

/** "Våra samverkan": the cooperations the organisation is a party of. */
export const portalCooperationList = z.object({ items: z.array(portalCooperationSummary.extend({ agreementCount: z.number().int() })) });
export type PortalCooperationList = z.infer<typeof portalCooperationList>;

/** One cooperation with its agreements, read-only, with their signed documents and annexes. */
export const portalCooperationView = portalCooperationSummary.extend({ agreements: z.array(agreementDetailView) });
export type PortalCooperationView = z.infer<typeof portalCooperationView>;

/** A body the partner reaches: its organisation is a party, or the partner's user sits in it. */
export const portalBodySummary = governanceBodySummaryView.extend({
  isParty: z.boolean(),
  isMember: z.boolean(),
  /** Proposed decisions still waiting for the organisation's approval. */
  decisionsAwaiting: z.number().int(),
});
export const portalBodyList = z.object({ items: z.array(portalBodySummary) });
export type PortalBodyList = z.infer<typeof portalBodyList>;

/** A body with its meetings, and whether the caller may approve for its organisation (IOP-6). */
export const portalBodyView = governanceBodyDetailView.extend({
  meetings: z.array(meetingView),
  organisationId: z.uuid(),
  isParty: z.boolean(),
  /** True when the caller is linked to an active member for a party and holds `decisions.approve`. */
  canVote: z.boolean(),
});
export type PortalBodyView = z.infer<typeof portalBodyView>;

export const portalMeetingView = meetingDetailView.extend({ bodyName: z.string(), attachments: z.array(meetingAttachmentView) });
export type PortalMeetingView = z.infer<typeof portalMeetingView>;

/** The portal's start: what the partner needs to do first. */
export const portalOverviewView = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  decisionsAwaiting: z.array(
    decisionView.extend({ bodyName: z.string(), canVote: z.boolean(), parties: z.array(z.object({ id: z.uuid(), name: z.string() })) }),
  ),
  reportsDue: z.array(workItemView),
  returnedSubmissions: z.array(documentSubmissionView),
  waitingSubmissions: z.number().int(),
});
export type PortalOverviewView = z.infer<typeof portalOverviewView>;
