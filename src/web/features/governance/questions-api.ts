import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerQuestionInput,
  BodyQuestionsView,
  DecisionSpreadView,
  QuestionView,
  RaiseFurtherInput,
  RaiseQuestionInput,
  ReceivedDecisionView,
  ReceivedDecisionsView,
  SpreadDecisionInput,
} from '../../../shared/governance/questions.schemas';
import { apiGet, apiPost, isApiError } from '../../api/client';

const governanceKey = ['governance'] as const;
const bodyPath = (id: string) => `/api/governance-bodies/${encodeURIComponent(id)}`;

/** A body's questions: those it raised and those raised to it (AGR-8). */
export function useBodyQuestions(bodyId: string) {
  return useQuery({
    queryKey: [...governanceKey, 'body', bodyId, 'questions'],
    queryFn: ({ signal }) => apiGet<BodyQuestionsView>(`${bodyPath(bodyId)}/questions`, signal),
  });
}

/** The decisions spread to a body from the body above (AGR-8). */
export function useReceivedDecisions(bodyId: string) {
  return useQuery({
    queryKey: [...governanceKey, 'body', bodyId, 'received-decisions'],
    queryFn: ({ signal }) => apiGet<ReceivedDecisionsView>(`${bodyPath(bodyId)}/received-decisions`, signal),
  });
}

/** Where a decision has been spread and who has seen it (AGR-8). */
export function useDecisionSpread(decisionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...governanceKey, 'decision', decisionId, 'spread'],
    queryFn: ({ signal }) => apiGet<DecisionSpreadView>(`/api/decisions/${encodeURIComponent(decisionId)}/spread`, signal),
    enabled,
  });
}

function useAgr8Mutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: governanceKey });
    // The "Att göra" list follows from the questions and what has been seen.
    void queryClient.invalidateQueries({ queryKey: ['work-queue'] });
  };
  return useMutation({
    mutationFn: call,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) refresh();
    },
  });
}

/** Raises a question from a body to the body above it. */
export function useRaiseQuestion(bodyId: string) {
  return useAgr8Mutation((input: RaiseQuestionInput) => apiPost<QuestionView>(`${bodyPath(bodyId)}/questions`, input));
}

/** Answers a question raised to a body. */
export function useAnswerQuestion() {
  return useAgr8Mutation(({ id, ...input }: AnswerQuestionInput & { id: string }) =>
    apiPost<QuestionView>(`/api/governance-questions/${encodeURIComponent(id)}/answer`, input),
  );
}

/** Passes a question on to the body above the one it was raised to. */
export function useRaiseFurther() {
  return useAgr8Mutation(({ id, ...input }: RaiseFurtherInput & { id: string }) =>
    apiPost<QuestionView>(`/api/governance-questions/${encodeURIComponent(id)}/raise-further`, input),
  );
}

/** Spreads a decided decision to the bodies below. */
export function useSpreadDecision(decisionId: string) {
  return useAgr8Mutation((input: SpreadDecisionInput) => apiPost<DecisionSpreadView>(`/api/decisions/${encodeURIComponent(decisionId)}/spread`, input));
}

/** Marks a spread decision seen by the caller. */
export function useMarkSpreadSeen() {
  return useAgr8Mutation((spreadId: string) => apiPost<ReceivedDecisionView>(`/api/decision-spreads/${encodeURIComponent(spreadId)}/seen`, {}));
}
