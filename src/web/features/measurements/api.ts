import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClusterProgressionView, SaveClusterMappingInput } from '../../../shared/followup/measurement-progression.schemas';
import type { MeasurementGridView, SaveMeasurementsInput } from '../../../shared/followup/measurement.schemas';
import { apiGet, apiPut, withQuery } from '../../api/client';

const measurementsKey = ['measurements'] as const;
const gridPath = (cooperationId: string) => `/api/cooperations/${encodeURIComponent(cooperationId)}/measurements`;

/** A cooperation's measurement grid for a year, for the cooperation as a whole or one cluster (AGR-6). */
export function useMeasurementGrid(cooperationId: string, year: number, clusterId: string | null) {
  return useQuery({
    queryKey: [...measurementsKey, cooperationId, year, clusterId],
    queryFn: ({ signal }) => apiGet<MeasurementGridView>(withQuery(gridPath(cooperationId), { year, clusterId }), signal),
  });
}

/** Saves every cell of one period; the answer is the grid as stored. */
export function useSaveMeasurements(cooperationId: string, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveMeasurementsInput) => apiPut<MeasurementGridView>(gridPath(cooperationId), input),
    onSuccess: (view) => client.setQueryData([...measurementsKey, cooperationId, year, view.clusterId], view),
  });
}

/** Each cluster's local mapping and progression for a year (003 §7.1). */
export function useClusterProgression(cooperationId: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...measurementsKey, cooperationId, year, 'progression'],
    queryFn: ({ signal }) => apiGet<ClusterProgressionView>(withQuery(`/api/cooperations/${encodeURIComponent(cooperationId)}/cluster-progression`, { year }), signal),
    enabled,
  });
}

/** Saves a cluster's local mapping for a year; the answer is every cluster's progression. */
export function useSaveClusterMapping(cooperationId: string, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ clusterId, input }: { clusterId: string; input: SaveClusterMappingInput }) =>
      apiPut<ClusterProgressionView>(`/api/cooperations/${encodeURIComponent(cooperationId)}/clusters/${encodeURIComponent(clusterId)}/mapping`, input),
    onSuccess: (view) => client.setQueryData([...measurementsKey, cooperationId, year, 'progression'], view),
  });
}
