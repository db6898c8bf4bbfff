import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
