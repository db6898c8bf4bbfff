import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateReviewMeetingInput,
  RecordedRecommendationView,
  RecordRecommendationInput,
  ReviewMeetingDetailView,
  ReviewMeetingPage,
  ReviewQueuePage,
} from '../../../shared/initiatives/review.schemas';
import { apiGet, apiPost, isApiError, withQuery } from '../../api/client';

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
