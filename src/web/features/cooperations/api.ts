import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import type {
  CooperationExportQuery,
  CooperationPage,
  CooperationQuery,
  CooperationView,
  CreateCooperationInput,
  SavedFilterInput,
  SavedFilterView,
  TransitionInput,
  UpdateCooperationInput,
} from '../../../shared/cooperations/cooperation.schemas';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { OrganisationPage, OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { apiGet, apiPatch, apiPost, apiRequest, isApiError, type QueryValue, withQuery } from '../../api/client';

const cooperationsKey = ['cooperations'] as const;
const savedFiltersKey = ['saved-filters', 'cooperations'] as const;
const path = (id: string) => `/api/cooperations/${encodeURIComponent(id)}`;

export type CooperationListParams = Partial<Omit<CooperationQuery, 'limit' | 'cursor'>> & { limit: number; cursor?: string | undefined };

// Lists go into the address as "a,b", which the API reads as a list too.
function queryParams(params: object): Record<string, QueryValue> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v as QueryValue)]));
}

/** A page of cooperations matching the search and filters (OVR-1). */
export function useCooperations(params: CooperationListParams, enabled = true) {
  return useQuery({
    queryKey: [...cooperationsKey, 'list', params],
    queryFn: ({ signal }) => apiGet<CooperationPage>(withQuery('/api/cooperations', queryParams(params)), signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Address of the overview exported with the same filters (the browser downloads it with the session cookie). */
export function cooperationExportHref(params: Partial<CooperationExportQuery>): string {
  return withQuery('/api/cooperations/export', queryParams(params));
}

/** One cooperation with its facts, gates of the next step and allowed transitions. */
export function cooperationQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...cooperationsKey, 'detail', id],
    queryFn: ({ signal }) => apiGet<CooperationView>(path(id), signal),
  });
}

/** One cooperation. */
export function useCooperation(id: string) {
  return useQuery(cooperationQueryOptions(id));
}

function useCooperationMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // The overview, the page, its gates and history and the organisations' tabs may all show the
    // change; the termination section carries the cooperation's version, so it is read again too.
    onSuccess: () => Promise.all([cooperationsKey, ['lifecycle']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
    onError: (error) => {
      if (isApiError(error, 409)) for (const queryKey of [cooperationsKey, ['lifecycle']]) void queryClient.invalidateQueries({ queryKey });
    },
  });
}

/** Registers a cooperation, from a recommended initiative or from scratch. */
export function useCreateCooperation() {
  return useCooperationMutation((input: CreateCooperationInput) => apiPost<CooperationView>('/api/cooperations', input));
}

/** Changes fields or recorded facts of a cooperation at the version the user saw. */
export function useUpdateCooperation(id: string) {
  return useCooperationMutation((input: UpdateCooperationInput) => apiPatch<CooperationView>(path(id), input));
}

/** Moves a cooperation to another status; the server refuses with 409 and the unmet gates. */
export function useTransitionCooperation(id: string) {
  return useCooperationMutation((input: TransitionInput) => apiPost<CooperationView>(`${path(id)}/transitions`, input));
}

/** A page of the cooperation's history (audit entries), newest first. */
export function useCooperationHistory(id: string, params: { limit: number; cursor?: string | undefined }) {
  return useQuery({
    queryKey: [...cooperationsKey, 'detail', id, 'history', params],
    queryFn: ({ signal }) => apiGet<Page<AuditEntryView>>(withQuery(`${path(id)}/history`, params), signal),
    placeholderData: keepPreviousData,
  });
}

/** The user's own saved filters of the overview. */
export function useSavedFilters() {
  return useQuery({
    queryKey: savedFiltersKey,
    queryFn: ({ signal }) => apiGet<Page<SavedFilterView>>(withQuery('/api/saved-filters', { scope: 'cooperations', limit: 100 }), signal),
  });
}

/** Saves the current filter under a name. */
export function useSaveFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavedFilterInput) => apiPost<SavedFilterView>('/api/saved-filters', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedFiltersKey }),
  });
}

/** Deletes one of the user's own saved filters (a personal preference, not an official record). */
export function useDeleteSavedFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/saved-filters/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedFiltersKey }),
  });
}

/** Organisations whose name matches, for choosing parties (active ones only). */
export function useOrganisationSearch(text: string) {
  return useQuery({
    queryKey: ['organisations', 'list', 'party-search', text],
    queryFn: ({ signal }) => apiGet<OrganisationPage>(withQuery('/api/organisations', { q: text, limit: 20 }), signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The initiative a cooperation is created from, to fill the form in advance. */
export function useInitiative(id: string | undefined) {
  return useQuery({
    queryKey: ['initiatives', 'detail', id],
    queryFn: ({ signal }) => apiGet<InitiativeDetailView>(`/api/initiatives/${encodeURIComponent(id ?? '')}`, signal),
    enabled: id !== undefined,
  });
}

/** One organisation of the register, when an id is given (e.g. the party chosen in a filter). */
export function useOrganisationById(id: string | undefined) {
  return useQuery({
    // The organisation page's key, so both share what is already loaded.
    queryKey: ['organisations', 'detail', id],
    queryFn: ({ signal }) => apiGet<OrganisationView>(`/api/organisations/${encodeURIComponent(id ?? '')}`, signal),
    enabled: id !== undefined && id !== '',
  });
}
