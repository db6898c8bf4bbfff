import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgendaGoalList,
  AssessIndicatorInput,
  CreatePlanInput,
  PlanList,
  PlanView,
  UpdatePlanInput,
} from '../../../shared/followup/plan.schemas';
import { apiGet, apiPatch, apiPost, isApiError } from '../../api/client';

const plansKey = ['plans'] as const;
const planPath = (id: string) => `/api/plans/${encodeURIComponent(id)}`;

/** The 17 Agenda 2030 goals (reference data, AGR-2); they never change while the app runs. */
export function useAgendaGoals() {
  return useQuery({
    queryKey: [...plansKey, 'agenda-goals'],
    queryFn: ({ signal }) => apiGet<AgendaGoalList>('/api/agenda-goals', signal),
    staleTime: Infinity,
  });
}

/** A cooperation's activity plans, the latest year first. */
export function useCooperationPlans(cooperationId: string) {
  return useQuery({
    queryKey: [...plansKey, 'cooperation', cooperationId],
    queryFn: ({ signal }) => apiGet<PlanList>(`/api/cooperations/${encodeURIComponent(cooperationId)}/plans`, signal),
  });
}

/** One plan with its goals and indicators. */
export function usePlan(id: string) {
  return useQuery({
    queryKey: [...plansKey, 'detail', id],
    queryFn: ({ signal }) => apiGet<PlanView>(planPath(id), signal),
  });
}

function usePlanMutation<TInput>(call: (input: TInput) => Promise<PlanView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // A proposal creates a decision and an adoption an annex, so those views are refreshed too.
    onSuccess: (plan) => {
      queryClient.setQueryData([...plansKey, 'detail', plan.id], plan);
      void queryClient.invalidateQueries({ queryKey: plansKey });
      void queryClient.invalidateQueries({ queryKey: ['governance'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: plansKey });
    },
  });
}

/** Starts a cooperation's plan for a year as a draft. */
export function useCreatePlan(cooperationId: string) {
  return usePlanMutation((input: CreatePlanInput) => apiPost<PlanView>(`/api/cooperations/${encodeURIComponent(cooperationId)}/plans`, input));
}

/** Saves a draft's content at the version the writer saw. */
export function useUpdatePlan(id: string) {
  return usePlanMutation((input: UpdatePlanInput) => apiPatch<PlanView>(planPath(id), input));
}

/** Proposes a draft for adoption by the steering body's joint decision (IOP-6). */
export function useProposePlan(id: string) {
  return usePlanMutation((version: number) => apiPost<PlanView>(`${planPath(id)}/propose`, { version }));
}

/** Records the assessment of a qualitative indicator of an adopted plan. */
export function useAssessIndicator(id: string) {
  return usePlanMutation(({ indicatorId, ...input }: AssessIndicatorInput & { indicatorId: string }) =>
    apiPost<PlanView>(`${planPath(id)}/indicators/${encodeURIComponent(indicatorId)}/assessment`, input),
  );
}
