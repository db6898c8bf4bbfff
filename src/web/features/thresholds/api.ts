import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { CreateThresholdInput, ThresholdView, UpdateThresholdInput } from '../../../shared/cooperations/threshold.schemas';
import { apiGet, apiPatch, apiPost, withQuery } from '../../api/client';

const thresholdsKey = ['thresholds'] as const;

/** Every dated value of every threshold and rate (there are few: a handful per code). */
export function useThresholds() {
  return useQuery({
    queryKey: thresholdsKey,
    queryFn: ({ signal }) => apiGet<Page<ThresholdView>>(withQuery('/api/thresholds', { limit: 200 }), signal),
  });
}

/** Adds a value of a code from a date; earlier values stay (FRM-7). */
export function useCreateThreshold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateThresholdInput) => apiPost<ThresholdView>('/api/thresholds', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: thresholdsKey }),
  });
}

/** Corrects the amount or source of a value at the version the user saw. */
export function useUpdateThreshold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateThresholdInput & { id: string }) =>
      apiPatch<ThresholdView>(`/api/thresholds/${encodeURIComponent(id)}`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: thresholdsKey }),
  });
}
