import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddJobTrackEmployerInput,
  CloseInput,
  CreateJobTrackInput,
  CreateOfferInput,
  JobTrackList,
  JobTrackOptions,
  JobTrackQuery,
  JobTrackView,
  OfferList,
  OfferOutcomeInput,
  OfferView,
} from '../../../shared/employers/employer-offers.schemas';
import type { MeasurementCategoryView } from '../../../shared/followup/measurement.schemas';
import { apiGet, apiPost, apiPut, isApiError, withQuery } from '../../api/client';

const offersKey = ['employer-offers'] as const;
const tracksKey = ['job-tracks'] as const;

/** The offers of a job partnership (EMP-4). */
export function useOffers(cooperationId: string, enabled = true) {
  return useQuery({
    queryKey: [...offersKey, cooperationId],
    queryFn: ({ signal }) => apiGet<OfferList>(`/api/cooperations/${encodeURIComponent(cooperationId)}/offers`, signal),
    enabled,
  });
}

/** Adding, closing and recording outcomes of a job partnership's offers. */
export function useOfferActions(cooperationId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: [...offersKey, cooperationId] });
  return {
    create: useMutation({
      mutationFn: (input: CreateOfferInput) => apiPost<OfferView>(`/api/cooperations/${encodeURIComponent(cooperationId)}/offers`, input),
      onSuccess,
    }),
    close: useMutation({ mutationFn: (p: { id: string } & CloseInput) => apiPost<OfferView>(`/api/offers/${encodeURIComponent(p.id)}/close`, { version: p.version, reason: p.reason }), onSuccess }),
    outcome: useMutation({
      mutationFn: (p: { id: string; input: OfferOutcomeInput }) => apiPut<OfferView>(`/api/offers/${encodeURIComponent(p.id)}/outcomes`, p.input),
      onSuccess,
    }),
  };
}

/** The job tracks, filtered and sorted (EMP-4). */
export function useJobTracks(filters: Partial<JobTrackQuery>, enabled = true) {
  return useQuery({
    queryKey: [...tracksKey, 'list', filters],
    queryFn: ({ signal }) => apiGet<JobTrackList>(withQuery('/api/job-tracks', filters), signal),
    enabled,
  });
}

/** One job track with its employers' controls. */
export function useJobTrack(id: string) {
  return useQuery({
    queryKey: [...tracksKey, 'one', id],
    queryFn: ({ signal }) => apiGet<JobTrackView>(`/api/job-tracks/${encodeURIComponent(id)}`, signal),
  });
}

/** The agreements with Arbetsförmedlingen, the employers and the units a track can name. */
export function useJobTrackOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...tracksKey, 'options'],
    queryFn: ({ signal }) => apiGet<JobTrackOptions>('/api/job-tracks/options', signal),
    enabled,
    staleTime: 60_000,
  });
}

/** Registers a job track. */
export function useCreateJobTrack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateJobTrackInput) => apiPost<JobTrackView>('/api/job-tracks', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tracksKey }),
  });
}

/** Starting, ending and adding an employer to one track. */
export function useJobTrackActions(id: string) {
  const queryClient = useQueryClient();
  const base = `/api/job-tracks/${encodeURIComponent(id)}`;
  const onSuccess = (view: JobTrackView) => {
    queryClient.setQueryData([...tracksKey, 'one', id], view);
    return queryClient.invalidateQueries({ queryKey: [...tracksKey, 'list'] });
  };
  return {
    start: useMutation({ mutationFn: (input: { version: number }) => apiPost<JobTrackView>(`${base}/start`, input), onSuccess }),
    end: useMutation({ mutationFn: (input: CloseInput) => apiPost<JobTrackView>(`${base}/end`, input), onSuccess }),
    addEmployer: useMutation({ mutationFn: (input: AddJobTrackEmployerInput) => apiPost<JobTrackView>(`${base}/employers`, input), onSuccess }),
  };
}

/** The address of the filtered list as a file. */
export function jobTrackExportHref(filters: Partial<JobTrackQuery>, format: 'csv' | 'xlsx', lang: 'sv' | 'en'): string {
  return withQuery('/api/job-tracks/export', { ...filters, format, lang });
}

/** The server's explanation of a refused start (EMP-2): which employers' controls do not pass. */
export function controlsExplanation(error: unknown): string | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const explanation = (error.problem as Record<string, unknown> | undefined)?.explanation;
  return typeof explanation === 'string' ? explanation : null;
}

/** The active gender and target-group categories of the follow-up, for entering outcomes (AGR-6). */
export function useOutcomeCategories(enabled: boolean) {
  return useQuery({
    queryKey: ['measurement-categories'],
    queryFn: ({ signal }) => apiGet<MeasurementCategoryView[]>('/api/measurement-categories', signal),
    enabled,
    staleTime: 5 * 60_000,
    select: (list) => list.filter((c) => c.active && (c.dimension === 'gender' || c.dimension === 'target_group')),
  });
}
