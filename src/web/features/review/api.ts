import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DueFollowUpPage, RecordFollowUpInput } from '../../../shared/initiatives/follow-up.schemas';
import type {
  CreateReviewMeetingInput,
  RecordedRecommendationView,
  RecordRecommendationInput,
  ReviewMeetingDetailView,
  ReviewMeetingPage,
  ReviewQueuePage,
} from '../../../shared/initiatives/review.schemas';
import type { UserDirectoryView } from '../../../shared/users/user.schemas';
import { apiGet, apiPost, apiPut, isApiError, withQuery } from '../../api/client';

const reviewKey = ['review'] as const;
const meetingPath = (id: string) => `/api/review-meetings/${encodeURIComponent(id)}`;

type PageParams = { limit: number; cursor?: string | undefined };

/** Initiatives awaiting the review group, with how each appears on an agenda. */
export function useReviewQueue(params: PageParams) {
  return useQuery({
    queryKey: [...reviewKey, 'queue', params],
    queryFn: ({ signal }) => apiGet<ReviewQueuePage>(withQuery('/api/review-queue', params), signal),
    placeholderData: keepPreviousData,
  });
}

/** The review group's meetings, newest first. */
export function useReviewMeetings(params: PageParams) {
  return useQuery({
    queryKey: [...reviewKey, 'meetings', params],
    queryFn: ({ signal }) => apiGet<ReviewMeetingPage>(withQuery('/api/review-meetings', params), signal),
    placeholderData: keepPreviousData,
  });
}

/** The planned meetings, newest first: where an initiative can be put on the agenda. */
export function usePlannedMeetings(enabled = true) {
  return useQuery({
    queryKey: [...reviewKey, 'meetings', 'planned'],
    queryFn: ({ signal }) => apiGet<ReviewMeetingPage>(withQuery('/api/review-meetings', { status: 'planned', limit: 100 }), signal),
    enabled,
  });
}

/** One meeting with its agenda. */
export function useReviewMeeting(id: string) {
  return useQuery({
    queryKey: [...reviewKey, 'meeting', id],
    queryFn: ({ signal }) => apiGet<ReviewMeetingDetailView>(meetingPath(id), signal),
  });
}

function useReviewMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // Queue, meetings and the initiatives' statuses all follow from what the group does.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reviewKey });
      void queryClient.invalidateQueries({ queryKey: ['initiatives'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: reviewKey });
    },
  });
}

/** Plans a meeting, optionally with an agenda built from the queue. */
export function useCreateMeeting() {
  return useReviewMutation((input: CreateReviewMeetingInput) => apiPost<ReviewMeetingDetailView>('/api/review-meetings', input));
}

/** Puts an initiative awaiting review on a planned meeting's agenda. */
export function useAddAgendaItem(meetingId: string) {
  return useReviewMutation((initiativeId: string) => apiPost<ReviewMeetingDetailView>(`${meetingPath(meetingId)}/agenda-items`, { initiativeId }));
}

/** Puts an initiative on the agenda of a planned meeting chosen when calling (from the initiative's page). */
export function useAddToAgenda() {
  return useReviewMutation(({ meetingId, initiativeId }: { meetingId: string; initiativeId: string }) =>
    apiPost<ReviewMeetingDetailView>(`${meetingPath(meetingId)}/agenda-items`, { initiativeId }),
  );
}

/** Marks a meeting as held; its agenda and recommendations are then fixed. */
export function useHoldMeeting() {
  return useReviewMutation(({ id, version }: { id: string; version: number }) => apiPost<ReviewMeetingDetailView>(`${meetingPath(id)}/hold`, { version }));
}

/** Records the group's recommendation on an initiative (INI-2, INI-4). */
export function useRecordRecommendation() {
  return useReviewMutation(({ initiativeId, ...input }: RecordRecommendationInput & { initiativeId: string }) =>
    apiPost<RecordedRecommendationView>(`/api/initiatives/${encodeURIComponent(initiativeId)}/recommendations`, input),
  );
}

/** Address of the meeting's minutes as PDF. */
export function minutesHref(meetingId: string): string {
  return `${meetingPath(meetingId)}/minutes.pdf`;
}

/** Running cooperations whose yearly follow-up by the group is due (INI-7), longest overdue first. */
export function useDueFollowUps(params: PageParams) {
  return useQuery({
    queryKey: [...reviewKey, 'due-follow-ups', params],
    queryFn: ({ signal }) => apiGet<DueFollowUpPage>(withQuery('/api/review-follow-ups/due', params), signal),
    placeholderData: keepPreviousData,
  });
}

/** Active staff of a role by name: review-group members and economists (INI-7). */
export function useStaffDirectory(role: 'review_group' | 'economist') {
  return useQuery({
    queryKey: ['user-directory', role],
    queryFn: ({ signal }) => apiGet<UserDirectoryView>(withQuery('/api/user-directory', { role }), signal),
    staleTime: 5 * 60_000,
  });
}

/** Replaces who attends a planned meeting. */
export function useSetAttendees(meetingId: string) {
  return useReviewMutation(({ userIds, version }: { userIds: string[]; version: number }) =>
    apiPut<ReviewMeetingDetailView>(`${meetingPath(meetingId)}/attendees`, { userIds, version }),
  );
}

/** Records the group's yearly follow-up of a running cooperation at a planned meeting (INI-7). */
export function useRecordFollowUp(meetingId: string) {
  return useReviewMutation((input: RecordFollowUpInput) => apiPost<ReviewMeetingDetailView>(`${meetingPath(meetingId)}/follow-ups`, input));
}
