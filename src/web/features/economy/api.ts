import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuditView,
  CreateAuditInput,
  CreateOutcomeInput,
  CreateReconciliationInput,
  EconomyView,
  OutcomeView,
  ReconciliationView,
  RemoveEntryInput,
  UpdateOutcomeInput,
} from '../../../shared/followup/economy.schemas';
import type { CreateValueEntryInput, SetAdvertisingInput, UpdateValueEntryInput, WelfareValueView } from '../../../shared/followup/welfare-value.schemas';
import { apiGet, apiPatch, apiPost, apiPut, apiUpload, isApiError } from '../../api/client';

const economyKey = ['economy'] as const;
const cooperationPath = (id: string) => `/api/cooperations/${encodeURIComponent(id)}`;

/** Where an external audit's report downloads from. */
export const auditReportHref = (cooperationId: string, auditId: string) => `${cooperationPath(cooperationId)}/economy/audits/${encodeURIComponent(auditId)}/report`;

/** A cooperation's economy: budget against outcome, entries, reconciliations and audits (IOP-9). */
export function useEconomy(cooperationId: string) {
  return useQuery({
    queryKey: [...economyKey, 'economy', cooperationId],
    queryFn: ({ signal }) => apiGet<EconomyView>(`${cooperationPath(cooperationId)}/economy`, signal),
  });
}

/** The accumulated value of a welfare-service procurement against the thresholds (FRM-7). */
export function useWelfareValue(cooperationId: string, enabled = true) {
  return useQuery({
    queryKey: [...economyKey, 'welfare-value', cooperationId],
    queryFn: ({ signal }) => apiGet<WelfareValueView>(`${cooperationPath(cooperationId)}/welfare-value`, signal),
    enabled,
  });
}

/** A change of the economy or the value reloads both, and the overview whose flag may change. */
function useEconomyMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  const refresh = () => Promise.all(['economy', 'cooperations'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
  return useMutation({
    mutationFn: call,
    onSuccess: () => refresh(),
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

/** Records an outcome entry. */
export function useRecordOutcome(cooperationId: string) {
  return useEconomyMutation((input: CreateOutcomeInput) => apiPost<OutcomeView>(`${cooperationPath(cooperationId)}/economy/outcomes`, input));
}

/** Corrects an outcome entry at the version the user saw. */
export function useCorrectOutcome(cooperationId: string) {
  return useEconomyMutation(({ id, ...input }: UpdateOutcomeInput & { id: string }) =>
    apiPatch<OutcomeView>(`${cooperationPath(cooperationId)}/economy/outcomes/${encodeURIComponent(id)}`, input),
  );
}

/** Removes an outcome entry after confirmation. */
export function useRemoveOutcome(cooperationId: string) {
  return useEconomyMutation(({ id, ...input }: RemoveEntryInput & { id: string }) =>
    apiPost<null>(`${cooperationPath(cooperationId)}/economy/outcomes/${encodeURIComponent(id)}/remove`, input),
  );
}

/** Records a reconciliation at a steering-group meeting. */
export function useRecordReconciliation(cooperationId: string) {
  return useEconomyMutation((input: CreateReconciliationInput) => apiPost<ReconciliationView>(`${cooperationPath(cooperationId)}/economy/reconciliations`, input));
}

/** Records an external audit (its report is filed afterwards with `useUploadAuditReport`). */
export function useCreateAudit(cooperationId: string) {
  return useEconomyMutation((input: CreateAuditInput) => apiPost<AuditView>(`${cooperationPath(cooperationId)}/economy/audits`, input));
}

/** Files (or replaces) the report of an external audit. */
export function useUploadAuditReport(cooperationId: string) {
  return useEconomyMutation(({ auditId, file }: { auditId: string; file: File }) => apiUpload<AuditView>(auditReportHref(cooperationId, auditId), file, file.name));
}

/** Records a value entry of a welfare-service procurement. */
export function useRecordValueEntry(cooperationId: string) {
  return useEconomyMutation((input: CreateValueEntryInput) => apiPost<WelfareValueView>(`${cooperationPath(cooperationId)}/welfare-value/entries`, input));
}

/** Corrects a value entry at the version the user saw. */
export function useCorrectValueEntry(cooperationId: string) {
  return useEconomyMutation(({ id, ...input }: UpdateValueEntryInput & { id: string }) =>
    apiPatch<WelfareValueView>(`${cooperationPath(cooperationId)}/welfare-value/entries/${encodeURIComponent(id)}`, input),
  );
}

/** Removes a value entry after confirmation. */
export function useRemoveValueEntry(cooperationId: string) {
  return useEconomyMutation(({ id, ...input }: RemoveEntryInput & { id: string }) =>
    apiPost<WelfareValueView>(`${cooperationPath(cooperationId)}/welfare-value/entries/${encodeURIComponent(id)}/remove`, input),
  );
}

/** Records whether the welfare-service contract was advertised. */
export function useSetAdvertising(cooperationId: string) {
  return useEconomyMutation((input: SetAdvertisingInput) => apiPut<WelfareValueView>(`${cooperationPath(cooperationId)}/welfare-value/advertising`, input));
}
