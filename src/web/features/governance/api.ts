import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionItemView,
  CooperationGovernanceView,
  CreateActionItemInput,
  CreateDecisionInput,
  CreateGovernanceBodyInput,
  CreateMeetingInput,
  CreateMemberInput,
  DecisionView,
  GovernanceBodyDetailView,
  GovernanceBodyPage,
  MeetingDetailView,
  MeetingPage,
  MemberView,
  UpdateActionItemInput,
  UpdateGovernanceBodyInput,
  UpdateMeetingInput,
  UpdateMemberInput,
} from '../../../shared/governance/governance.schemas';
import type { BodyCycleView, CompleteCycleTaskInput, CycleTaskView, MeetingAttachmentList, MeetingAttachmentView } from '../../../shared/governance/cycle.schemas';
import type { CooperationPage } from '../../../shared/cooperations/cooperation.schemas';
import type { UserDirectoryView } from '../../../shared/users/user.schemas';
import { apiGet, apiPatch, apiPost, apiUpload, isApiError, withQuery } from '../../api/client';

const governanceKey = ['governance'] as const;
const bodyPath = (id: string) => `/api/governance-bodies/${encodeURIComponent(id)}`;
const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

export type BodyListParams = {
  type?: string | undefined;
  status?: string | undefined;
  cooperationId?: string | undefined;
  /** 'true': only active bodies without a meeting so far this semester (IOP-6). */
  withoutMeetingThisSemester?: 'true' | undefined;
  limit: number;
  cursor?: string | undefined;
};

/** A page of governance bodies matching the filters. */
export function useGovernanceBodies(params: BodyListParams) {
  return useQuery({
    queryKey: [...governanceKey, 'list', params],
    queryFn: ({ signal }) => apiGet<GovernanceBodyPage>(withQuery('/api/governance-bodies', params), signal),
    placeholderData: keepPreviousData,
  });
}

/** One body with members, linked cooperations and decisions with their votes. */
export function useGovernanceBody(id: string) {
  return useQuery({
    queryKey: [...governanceKey, 'body', id],
    queryFn: ({ signal }) => apiGet<GovernanceBodyDetailView>(bodyPath(id), signal),
  });
}

/** A body's meetings, newest first. */
export function useBodyMeetings(bodyId: string, params: { limit: number; cursor?: string | undefined }) {
  return useQuery({
    queryKey: [...governanceKey, 'body', bodyId, 'meetings', params],
    queryFn: ({ signal }) => apiGet<MeetingPage>(withQuery(`${bodyPath(bodyId)}/meetings`, params), signal),
    placeholderData: keepPreviousData,
  });
}

/** One meeting with its action items and the decisions proposed at it. */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: [...governanceKey, 'meeting', id],
    queryFn: ({ signal }) => apiGet<MeetingDetailView>(meetingPath(id), signal),
  });
}

/** The bodies a cooperation is governed by, with the missed-cadence flag (IOP-6). */
export function useCooperationGovernance(cooperationId: string) {
  return useQuery({
    queryKey: [...governanceKey, 'cooperation', cooperationId],
    queryFn: ({ signal }) => apiGet<CooperationGovernanceView>(`/api/cooperations/${encodeURIComponent(cooperationId)}/governance`, signal),
  });
}

/** Cooperations whose title or case number matches, for linking a body to them. */
export function useCooperationMatches(q: string) {
  return useQuery({
    queryKey: ['cooperations', 'list', { q, limit: 20, picker: true }],
    queryFn: ({ signal }) => apiGet<CooperationPage>(withQuery('/api/cooperations', { q, limit: 20 }), signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Managers by name, for linking a city member to a login. */
export function useManagerDirectory() {
  return useQuery({
    queryKey: ['user-directory', 'manager'],
    queryFn: ({ signal }) => apiGet<UserDirectoryView>(withQuery('/api/user-directory', { role: 'manager' }), signal),
    staleTime: 5 * 60_000,
  });
}

/** Steering members by name, for linking a partner's representative to their login (IOP-6). */
export function useSteeringMemberDirectory() {
  return useQuery({
    queryKey: ['user-directory', 'steering_member'],
    queryFn: ({ signal }) => apiGet<UserDirectoryView>(withQuery('/api/user-directory', { role: 'steering_member' }), signal),
    staleTime: 5 * 60_000,
  });
}

/** A body's annual cycle for one year; the year's tasks are created on first read (IOP-7). */
export function useBodyCycle(bodyId: string, year: number) {
  return useQuery({
    queryKey: [...governanceKey, 'body', bodyId, 'cycle', year],
    queryFn: ({ signal }) => apiGet<BodyCycleView>(withQuery(`${bodyPath(bodyId)}/cycle`, { year }), signal),
  });
}

/** A meeting's attachments. */
export function useMeetingAttachments(meetingId: string) {
  return useQuery({
    queryKey: [...governanceKey, 'meeting', meetingId, 'attachments'],
    queryFn: ({ signal }) => apiGet<MeetingAttachmentList>(`${meetingPath(meetingId)}/attachments`, signal),
  });
}

/** Where the browser downloads one of a meeting's attachments. */
export function meetingAttachmentHref(meetingId: string, attachmentId: string): string {
  return `${meetingPath(meetingId)}/attachments/${encodeURIComponent(attachmentId)}/content`;
}

function useGovernanceMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // Bodies, meetings, decisions and the flags on cooperations all follow from one another.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: governanceKey }),
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: governanceKey });
    },
  });
}

/** Creates a governance body (AGR-3). */
export function useCreateBody() {
  return useGovernanceMutation((input: CreateGovernanceBodyInput) => apiPost<GovernanceBodyDetailView>('/api/governance-bodies', input));
}

/** Adds a member to a body. */
export function useAddMember(bodyId: string) {
  return useGovernanceMutation((input: CreateMemberInput) => apiPost<MemberView>(`${bodyPath(bodyId)}/members`, input));
}

/** Records a meeting of a body. */
export function useCreateMeeting(bodyId: string) {
  return useGovernanceMutation((input: CreateMeetingInput) => apiPost<MeetingDetailView>(`${bodyPath(bodyId)}/meetings`, input));
}

/** Edits a meeting (date, agenda, minutes, attendees) at the version the user saw. */
export function useUpdateMeeting(meetingId: string) {
  return useGovernanceMutation((input: UpdateMeetingInput) => apiPatch<MeetingDetailView>(meetingPath(meetingId), input));
}

/** Adds an action item to a meeting. */
export function useAddActionItem(meetingId: string) {
  return useGovernanceMutation((input: CreateActionItemInput) => apiPost<ActionItemView>(`${meetingPath(meetingId)}/action-items`, input));
}

/** Edits an action item, e.g. marks it done. */
export function useUpdateActionItem() {
  return useGovernanceMutation(({ id, ...input }: UpdateActionItemInput & { id: string }) =>
    apiPatch<ActionItemView>(`/api/action-items/${encodeURIComponent(id)}`, input),
  );
}

/** Proposes a decision to a body, optionally at a meeting (IOP-6). */
export function useProposeDecision(bodyId: string) {
  return useGovernanceMutation((input: CreateDecisionInput) => apiPost<DecisionView>(`${bodyPath(bodyId)}/decisions`, input));
}

/** Approves or rejects a decision as the logged-in member (IOP-6). */
export function useVoteOnDecision() {
  return useGovernanceMutation(({ id, vote }: { id: string; vote: 'approve' | 'reject' }) =>
    apiPost<DecisionView>(`/api/decisions/${encodeURIComponent(id)}/${vote}`, {}),
  );
}

/** Edits or closes a body at the version the user saw. */
export function useUpdateBody(bodyId: string) {
  return useGovernanceMutation((input: UpdateGovernanceBodyInput) => apiPatch<GovernanceBodyDetailView>(bodyPath(bodyId), input));
}

/** Edits, relinks or deactivates a member at the version the user saw. */
export function useUpdateMember() {
  return useGovernanceMutation(({ id, ...input }: UpdateMemberInput & { id: string }) =>
    apiPatch<MemberView>(`/api/governance-members/${encodeURIComponent(id)}`, input),
  );
}

/** Completes a task of the annual cycle; the plan for next year becomes an annex version (IOP-7). */
export function useCompleteCycleTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: CompleteCycleTaskInput & { id: string }) => apiPost<CycleTaskView>(`/api/cycle-tasks/${encodeURIComponent(id)}/complete`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: governanceKey });
      // The plan went into the agreement as an annex version.
      void queryClient.invalidateQueries({ queryKey: ['agreements'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: governanceKey });
    },
  });
}

/** Uploads one attachment to a meeting with a title (the server checks the content), reporting progress. */
export function useUploadMeetingAttachment(meetingId: string) {
  return useGovernanceMutation(({ file, title, onProgress }: { file: File; title: string; onProgress: (fraction: number) => void }) =>
    apiUpload<MeetingAttachmentView>(withQuery(`${meetingPath(meetingId)}/attachments`, { title }), file, file.name, { onProgress }),
  );
}
