import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { ThresholdView } from '../../../shared/cooperations/threshold.schemas';
import type { CreateVidaPayoutInput, UpdateVidaPayoutInput, VidaCooperationView, VidaPayoutList, VidaPayoutView } from '../../../shared/followup/vida.schemas';
import { VIDA_RATE_CODE } from '../../../shared/followup/vida.rules';
import { apiGet, apiPatch, apiPost, apiRequest, withQuery } from '../../api/client';

const payoutsKey = ['vida', 'payouts'] as const;

/** One semester's payout list with totals, the rate in force and the associations to fix (FRM-5). */
export function useVidaPayouts(period: string) {
  return useQuery({
    queryKey: [...payoutsKey, period],
    queryFn: ({ signal }) => apiGet<VidaPayoutList>(withQuery('/api/vida/payouts', { period }), signal),
  });
}

/** The VIDA cooperations with their associations, for the registration form. */
export function useVidaCooperations() {
  return useQuery({
    queryKey: ['vida', 'cooperations'],
    queryFn: ({ signal }) => apiGet<VidaCooperationView[]>('/api/vida/cooperations', signal),
  });
}

/** The dated VIDA rates per participant, oldest first. */
export function useVidaRates() {
  return useQuery({
    queryKey: ['thresholds'],
    queryFn: ({ signal }) => apiGet<Page<ThresholdView>>(withQuery('/api/thresholds', { limit: 200 }), signal),
    select: (page) => page.items.filter((i) => i.code === VIDA_RATE_CODE),
  });
}

/** Registers a payout. */
export function useCreateVidaPayout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateVidaPayoutInput) => apiPost<VidaPayoutView>('/api/vida/payouts', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: payoutsKey }),
  });
}

/** Removes a payout at the version the user saw. */
export function useDeleteVidaPayout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (p: { id: string; version: number }) =>
      apiRequest<void>(withQuery(`/api/vida/payouts/${encodeURIComponent(p.id)}`, { version: p.version }), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: payoutsKey }),
  });
}

/** The address of the payout list's file for the finance system. */
export function exportHref(period: string, format: 'csv' | 'xlsx', lang: 'sv' | 'en'): string {
  return withQuery('/api/vida/payouts/export', { period, format, lang });
}

/** Corrects a payout at the version the user saw; the stored rate stays. */
export function useUpdateVidaPayout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateVidaPayoutInput & { id: string }) => apiPatch<VidaPayoutView>(`/api/vida/payouts/${encodeURIComponent(id)}`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: payoutsKey }),
  });
}
