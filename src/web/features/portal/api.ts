import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecisionView } from '../../../shared/governance/governance.schemas';
import type { DocumentSubmissionList, DocumentSubmissionView, SubmitAbsenceInput } from '../../../shared/portal/document-submission.schemas';
import type { PortalBodyList, PortalBodyView, PortalCooperationList, PortalCooperationView, PortalMeetingView, PortalOrganisationView, PortalOverviewView } from '../../../shared/portal/portal.schemas';
import type { PartnerControlDocument } from '../../../shared/organisations/partner-control.rules';
import { apiGet, apiPost, apiUpload, withQuery } from '../../api/client';

const key = ['portal'] as const;
const id = (value: string) => encodeURIComponent(value);

/** Where the portal's files download from (the server keeps each to the partner's own organisation). */
export const portalHref = {
  document: (documentId: string) => `/api/portal/documents/${id(documentId)}/content`,
  submission: (submissionId: string) => `/api/portal/document-submissions/${id(submissionId)}/content`,
  signedDocument: (agreementId: string, version: number) => `/api/portal/agreements/${id(agreementId)}/versions/${version}/signed-document`,
  annexFile: (annexId: string, version: number) => `/api/portal/annexes/${id(annexId)}/versions/${version}/file`,
  attachment: (meetingId: string, attachmentId: string) => `/api/portal/meetings/${id(meetingId)}/attachments/${id(attachmentId)}/content`,
};

/** The portal's start: decisions waiting, reports due, returned documents. */
export function usePortalOverview() {
  return useQuery({ queryKey: [...key, 'overview'], queryFn: ({ signal }) => apiGet<PortalOverviewView>('/api/portal/overview', signal) });
}

/** "Vår organisation". */
export function usePortalOrganisation() {
  return useQuery({ queryKey: [...key, 'organisation'], queryFn: ({ signal }) => apiGet<PortalOrganisationView>('/api/portal/organisation', signal) });
}

/** "Våra samverkan". */
export function usePortalCooperations() {
  return useQuery({ queryKey: [...key, 'cooperations'], queryFn: ({ signal }) => apiGet<PortalCooperationList>('/api/portal/cooperations', signal) });
}

/** One cooperation with its agreements. */
export function usePortalCooperation(cooperationId: string) {
  return useQuery({
    queryKey: [...key, 'cooperation', cooperationId],
    queryFn: ({ signal }) => apiGet<PortalCooperationView>(`/api/portal/cooperations/${id(cooperationId)}`, signal),
  });
}

/** "Styrgrupper". */
export function usePortalBodies() {
  return useQuery({ queryKey: [...key, 'bodies'], queryFn: ({ signal }) => apiGet<PortalBodyList>('/api/portal/bodies', signal) });
}

/** One body with meetings and decisions. */
export function usePortalBody(bodyId: string) {
  return useQuery({ queryKey: [...key, 'body', bodyId], queryFn: ({ signal }) => apiGet<PortalBodyView>(`/api/portal/bodies/${id(bodyId)}`, signal) });
}

/** One meeting with minutes, decisions and attachments. */
export function usePortalMeeting(meetingId: string) {
  return useQuery({ queryKey: [...key, 'meeting', meetingId], queryFn: ({ signal }) => apiGet<PortalMeetingView>(`/api/portal/meetings/${id(meetingId)}`, signal) });
}

/** Submits a partner-control document (file and year) for staff to accept. */
export function useSubmitDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; documentType: PartnerControlDocument; year: number; onProgress: (fraction: number) => void }) =>
      apiUpload<DocumentSubmissionView>(withQuery('/api/portal/document-submissions', { documentType: input.documentType, year: input.year }), input.file, input.file.name, {
        onProgress: input.onProgress,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** Submits a note that a partner-control document does not exist. */
export function useSubmitAbsence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitAbsenceInput) => apiPost<DocumentSubmissionView>('/api/portal/document-submissions/absence', input),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** Approves or rejects a joint decision for the organisation, through the decision's own route (IOP-6). */
export function useVoteOnDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { decisionId: string; vote: 'approve' | 'reject' }) => apiPost<DecisionView>(`/api/decisions/${id(input.decisionId)}/${input.vote}`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** Staff: an organisation's submissions waiting for them. */
export function useOrganisationSubmissions(organisationId: string) {
  return useQuery({
    queryKey: ['document-submissions', organisationId],
    queryFn: ({ signal }) => apiGet<DocumentSubmissionList>(`/api/organisations/${id(organisationId)}/document-submissions`, signal),
  });
}

/** Staff: accept or return a submission. */
export function useSettleSubmission(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { submissionId: string; version: number; action: 'accept' | 'return'; comment?: string }) =>
      apiPost<DocumentSubmissionView>(
        `/api/document-submissions/${id(input.submissionId)}/${input.action}`,
        input.action === 'return' ? { version: input.version, comment: input.comment ?? '' } : { version: input.version },
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['document-submissions', organisationId] });
      void client.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}

/** Where a submission's file downloads from, for staff. */
export const submissionHref = (submissionId: string) => `/api/document-submissions/${id(submissionId)}/content`;
