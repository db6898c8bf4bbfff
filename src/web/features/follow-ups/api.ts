import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgreementStrategicFollowUpView,
  CooperationFollowUpsView,
  CreateFollowUpRecordInput,
  FollowUpPlanContext,
  FollowUpRecordView,
  FollowUpTemplateView,
  SaveFollowUpTemplateInput,
  UpdateFollowUpRecordInput,
} from '../../../shared/followup/follow-up-record.schemas';
import { apiGet, apiPatch, apiPost, apiPut } from '../../api/client';

const followUpsKey = ['follow-up-records'] as const;
const enc = encodeURIComponent;

/** A cooperation's follow-ups with the bodies that may hold them and the routine template (AGR-5, IOP-7). */
export function useCooperationFollowUps(cooperationId: string, enabled = true) {
  return useQuery({
    queryKey: [...followUpsKey, 'cooperation', cooperationId],
    queryFn: ({ signal }) => apiGet<CooperationFollowUpsView>(`/api/cooperations/${enc(cooperationId)}/follow-up-records`, signal),
    enabled,
  });
}

/** One follow-up with its answers and the plan of its year. */
export function useFollowUpRecord(id: string | null) {
  return useQuery({
    queryKey: [...followUpsKey, 'record', id],
    queryFn: ({ signal }) => apiGet<FollowUpRecordView>(`/api/follow-up-records/${enc(id ?? '')}`, signal),
    enabled: id !== null,
  });
}

/** The activity plan's indicators of a year, as context for the follow-up form. */
export function useFollowUpPlan(cooperationId: string, year: number | null) {
  return useQuery({
    queryKey: [...followUpsKey, 'plan', cooperationId, year],
    queryFn: ({ signal }) => apiGet<FollowUpPlanContext>(`/api/cooperations/${enc(cooperationId)}/follow-up-plan?year=${year ?? ''}`, signal),
    enabled: year !== null,
  });
}

/** Records a follow-up; refreshes the cooperation's list and the annual cycle it may complete (IOP-7). */
export function useRecordFollowUpRecord(cooperationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFollowUpRecordInput) => apiPost<FollowUpRecordView>(`/api/cooperations/${enc(cooperationId)}/follow-up-records`, input),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: followUpsKey }), queryClient.invalidateQueries({ queryKey: ['governance'] })]),
  });
}

/** Edits a follow-up at the version read. */
export function useUpdateFollowUpRecord(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateFollowUpRecordInput) => apiPatch<FollowUpRecordView>(`/api/follow-up-records/${enc(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followUpsKey }),
  });
}

/** The routine template a joint beredningsgrupp keeps (AGR-5). */
export function useFollowUpTemplate(bodyId: string) {
  return useQuery({
    queryKey: [...followUpsKey, 'template', bodyId],
    queryFn: ({ signal }) => apiGet<FollowUpTemplateView>(`/api/governance-bodies/${enc(bodyId)}/follow-up-template`, signal),
  });
}

/** Saves the routine template as a new version (AGR-5). */
export function useSaveFollowUpTemplate(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveFollowUpTemplateInput) => apiPut<FollowUpTemplateView>(`/api/governance-bodies/${enc(bodyId)}/follow-up-template`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followUpsKey }),
  });
}

/** The agreement's latest strategic follow-up, the basis for its revision (AGR-5). */
export function useAgreementStrategicFollowUp(agreementId: string) {
  return useQuery({
    queryKey: [...followUpsKey, 'agreement', agreementId],
    queryFn: ({ signal }) => apiGet<AgreementStrategicFollowUpView>(`/api/agreements/${enc(agreementId)}/strategic-follow-up`, signal),
  });
}
