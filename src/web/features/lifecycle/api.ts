import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgreementAnnualReviewsView,
  CooperationTerminationView,
  CreateAnnualReviewInput,
  CreateTerminationInput,
  DueReviewPage,
  EvidenceFileView,
  WithdrawNoticeInput,
} from '../../../shared/lifecycle/lifecycle.schemas';
import { apiGet, apiPost, apiUpload, isApiError, withQuery } from '../../api/client';

const lifecycleKey = ['lifecycle'] as const;
const cooperationPath = (id: string) => `/api/cooperations/${encodeURIComponent(id)}`;

/** Where a termination's evidence file downloads from. */
export const evidenceHref = (cooperationId: string, terminationId: string) =>
  `${cooperationPath(cooperationId)}/terminations/${encodeURIComponent(terminationId)}/evidence`;

/** A cooperation's termination in force, its history and the agreed notice period (IOP-5). */
export function useTermination(cooperationId: string) {
  return useQuery({
    queryKey: [...lifecycleKey, 'termination', cooperationId],
    queryFn: ({ signal }) => apiGet<CooperationTerminationView>(`${cooperationPath(cooperationId)}/termination`, signal),
  });
}

/** A change that ends or keeps a cooperation reloads it, its agreements and its lifecycle records. */
function useLifecycleMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all(['cooperations', 'agreements', 'lifecycle'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
  return useMutation({
    mutationFn: call,
    onSuccess: () => refresh(),
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

export type GiveTerminationInput = Omit<CreateTerminationInput, 'evidenceFileId'> & { evidenceFile: File | null };

/** Gives notice or rescinds: a chosen evidence file is uploaded first, then the termination names it. */
export function useGiveTermination(cooperationId: string) {
  return useLifecycleMutation(async ({ evidenceFile, ...input }: GiveTerminationInput) => {
    const file = evidenceFile
      ? await apiUpload<EvidenceFileView>(`${cooperationPath(cooperationId)}/termination/evidence`, evidenceFile, evidenceFile.name)
      : null;
    return apiPost<CooperationTerminationView>(`${cooperationPath(cooperationId)}/termination`, { ...input, evidenceFileId: file?.id ?? null });
  });
}

/** Withdraws a pending notice before its date. */
export function useWithdrawNotice(cooperationId: string) {
  return useLifecycleMutation((input: WithdrawNoticeInput) =>
    apiPost<CooperationTerminationView>(`${cooperationPath(cooperationId)}/termination/withdraw`, input),
  );
}

/** An agreement's annual reviews, newest first, with when the next is due (IOP-8, AGR-7). */
export function useAnnualReviews(agreementId: string) {
  return useQuery({
    queryKey: [...lifecycleKey, 'annual-reviews', agreementId],
    queryFn: ({ signal }) => apiGet<AgreementAnnualReviewsView>(`/api/agreements/${encodeURIComponent(agreementId)}/annual-reviews`, signal),
  });
}

/** Records an annual review of an agreement as its responsible manager. */
export function useRecordAnnualReview(agreementId: string) {
  return useLifecycleMutation((input: CreateAnnualReviewInput) =>
    apiPost<AgreementAnnualReviewsView>(`/api/agreements/${encodeURIComponent(agreementId)}/annual-reviews`, input),
  );
}

/** The worklist of agreements whose yearly review is due or overdue. */
export function useDueReviews(params: { limit: number; cursor?: string | undefined; mine?: 'true' | undefined }) {
  return useQuery({
    queryKey: [...lifecycleKey, 'due', params],
    queryFn: ({ signal }) => apiGet<DueReviewPage>(withQuery('/api/annual-reviews/due', params), signal),
    placeholderData: keepPreviousData,
  });
}
