import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddDeviationActionInput,
  CloseDeviationInput,
  DecideDeviationInput,
  DeviationList,
  DeviationQuery,
  DeviationView,
  ReportDeviationInput,
  UpdateDeviationActionInput,
} from '../../../shared/deviations/deviation.schemas';
import type { CooperationPage } from '../../../shared/cooperations/cooperation.schemas';
import type { CooperationGovernanceView } from '../../../shared/governance/governance.schemas';
import type { PartnerHomeView } from '../../../shared/partner/partner-report.schemas';
import type { UserDirectoryView } from '../../../shared/users/user.schemas';
import { apiGet, apiPatch, apiPost, withQuery } from '../../api/client';
import { useCan } from '../../app/current-session.context';

const deviationsKey = ['deviations'] as const;

/** The deviations the user may see, filtered (AGR-4). */
export function useDeviations(filters: DeviationQuery) {
  return useQuery({
    queryKey: [...deviationsKey, 'list', filters],
    queryFn: ({ signal }) => apiGet<DeviationList>(withQuery('/api/deviations', filters), signal),
  });
}

/** One deviation with its actions, decision and conclusion. */
export function useDeviation(id: string) {
  return useQuery({
    queryKey: [...deviationsKey, 'one', id],
    queryFn: ({ signal }) => apiGet<DeviationView>(`/api/deviations/${encodeURIComponent(id)}`, signal),
  });
}

/** Managers by name, for choosing an action's owner beside the user themself. */
export function useManagerOwners(enabled: boolean) {
  return useQuery({
    queryKey: ['user-directory', 'manager'],
    queryFn: ({ signal }) => apiGet<UserDirectoryView>(withQuery('/api/user-directory', { role: 'manager' }), signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Reports a deviation. */
export function useReportDeviation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportDeviationInput) => apiPost<DeviationView>('/api/deviations', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deviationsKey }),
  });
}

/** A handler's change to one deviation: add an action, mark one done, decide or close. */
export function useHandleDeviation(id: string) {
  const queryClient = useQueryClient();
  const base = `/api/deviations/${encodeURIComponent(id)}`;
  const onSuccess = (view: DeviationView) => {
    queryClient.setQueryData([...deviationsKey, 'one', id], view);
    return queryClient.invalidateQueries({ queryKey: [...deviationsKey, 'list'] });
  };
  return {
    addAction: useMutation({ mutationFn: (input: AddDeviationActionInput) => apiPost<DeviationView>(`${base}/actions`, input), onSuccess }),
    updateAction: useMutation({
      mutationFn: (p: { actionId: string } & UpdateDeviationActionInput) =>
        apiPatch<DeviationView>(`${base}/actions/${encodeURIComponent(p.actionId)}`, { version: p.version, done: p.done }),
      onSuccess,
    }),
    decide: useMutation({ mutationFn: (input: DecideDeviationInput) => apiPost<DeviationView>(`${base}/decision`, input), onSuccess }),
    close: useMutation({ mutationFn: (input: CloseDeviationInput) => apiPost<DeviationView>(`${base}/close`, input), onSuccess }),
  };
}

/** The address of the filtered list as a file. */
export function exportHref(filters: DeviationQuery, format: 'csv' | 'xlsx', lang: 'sv' | 'en'): string {
  return withQuery('/api/deviations/export', { ...filters, format, lang });
}

/** The cooperations a user may report on: staff search the register, a partner has its own organisation's. */
export function useReportableCooperations(search: string, enabled: boolean) {
  const staff = useCan('cooperations.read');
  const partner = useCan('partner-reports.submit');
  return useQuery({
    queryKey: ['deviations', 'cooperation-options', staff, search],
    queryFn: async ({ signal }): Promise<{ value: string; label: string }[]> => {
      if (staff) {
        const page = await apiGet<CooperationPage>(withQuery('/api/cooperations', { q: search, limit: 20 }), signal);
        return page.items.map((c) => ({ value: c.id, label: `${c.caseNumber} ${c.title}` }));
      }
      const home = await apiGet<PartnerHomeView>('/api/partner/home', signal);
      return home.cooperations.map((c) => ({ value: c.id, label: `${c.caseNumber} ${c.title}` }));
    },
    enabled: enabled && (staff || partner),
    staleTime: 30_000,
  });
}

/** The governance bodies (clusters too) linked to a cooperation. */
export function useCooperationBodies(cooperationId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['deviations', 'bodies', cooperationId],
    queryFn: ({ signal }) => apiGet<CooperationGovernanceView>(`/api/cooperations/${encodeURIComponent(cooperationId ?? '')}/governance`, signal),
    enabled: enabled && Boolean(cooperationId),
  });
}
