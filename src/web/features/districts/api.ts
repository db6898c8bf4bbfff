import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DistrictHistoryView, RecordDistrictSuccessionInput } from '../../../shared/organisations/district-history.schemas';
import { apiGet, apiPost } from '../../api/client';
import { referenceDataQueryOptions } from '../organisations/api';

const districtsKey = ['district-history'] as const;

/** Every district, ended ones included, with validity and successors (AGR-9). */
export function useDistrictHistory() {
  return useQuery({ queryKey: districtsKey, queryFn: ({ signal }) => apiGet<DistrictHistoryView[]>('/api/reference/districts', signal) });
}

/** Thrown when a change with several successors stopped part of the way: `saved` requests went through. */
export class SuccessionStoppedError extends Error {
  constructor(
    readonly reason: unknown,
    /** How many of the requests (successors, in the form's order) were recorded before the one that failed. */
    readonly saved: number,
  ) {
    super('The succession was recorded in part');
  }
}

/** Records a merger or split: one request per successor, in order; a refusal stops the rest. */
export function useRecordSuccession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (requests: RecordDistrictSuccessionInput[]) => {
      let saved = 0;
      for (const request of requests) {
        try {
          await apiPost<DistrictHistoryView[]>('/api/reference/districts/successions', request);
        } catch (error) {
          throw new SuccessionStoppedError(error, saved);
        }
        saved += 1;
      }
      return saved;
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: districtsKey });
      await queryClient.invalidateQueries({ queryKey: referenceDataQueryOptions.queryKey });
    },
  });
}
