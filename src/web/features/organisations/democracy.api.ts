import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateDraftInput,
  DemocracyDraftView,
  DraftListQuery,
  DraftListView,
  HandOverDraftInput,
  ReturnDraftInput,
  UpdateDraftInput,
} from '../../../shared/organisations/democracy-draft.schemas';
import type { AssessmentView } from '../../../shared/organisations/democracy.schemas';
import { apiGet, apiPatch, apiPost, isApiError, withQuery } from '../../api/client';

const draftsKey = ['democracy-drafts'] as const;
const draftPath = (id: string) => `/api/democracy-drafts/${encodeURIComponent(id)}`;

/** Open democracy assessments in preparation: those waiting for a manager ("Att signera"), or one person's. */
export function useDemocracyDrafts(query: DraftListQuery, enabled = true) {
  return useQuery({
    queryKey: [...draftsKey, query],
    queryFn: ({ signal }) => apiGet<DraftListView>(withQuery('/api/democracy-drafts', query), signal),
    enabled,
  });
}

// A step of the preparation changes the organisation's democracy overview (and, when signed, its
// status everywhere) and the lists of drafts; both are read again afterwards.
function useDraftMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['organisations'] }), queryClient.invalidateQueries({ queryKey: draftsKey })]);
  return useMutation({
    mutationFn: call,
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409) || isApiError(error, 403)) void refresh();
    },
  });
}

/** Starts an assessment in preparation for an organisation. */
export function useCreateDraft(organisationId: string) {
  return useDraftMutation((input: CreateDraftInput) =>
    apiPost<DemocracyDraftView>(`/api/organisations/${encodeURIComponent(organisationId)}/democracy-drafts`, input),
  );
}

/** Saves the answers, motivations and basis at the version the user saw. */
export function useUpdateDraft() {
  return useDraftMutation(({ id, ...input }: UpdateDraftInput & { id: string }) => apiPatch<DemocracyDraftView>(draftPath(id), input));
}

/** Hands the draft over to a manager for review and signing. */
export function useHandOverDraft() {
  return useDraftMutation(({ id, ...input }: HandOverDraftInput & { id: string }) => apiPost<DemocracyDraftView>(`${draftPath(id)}/hand-over`, input));
}

/** Sends a handed-over draft back with a comment (the named manager). */
export function useReturnDraft() {
  return useDraftMutation(({ id, ...input }: ReturnDraftInput & { id: string }) => apiPost<DemocracyDraftView>(`${draftPath(id)}/return`, input));
}

/** Signs the draft (a manager, DEM-3); the organisation's status follows. */
export function useSignDraft() {
  return useDraftMutation(({ id, version }: { id: string; version: number }) => apiPost<AssessmentView>(`${draftPath(id)}/sign`, { version }));
}

/** Discards a draft that is being worked on or was sent back. */
export function useDiscardDraft() {
  return useDraftMutation(({ id, version }: { id: string; version: number }) => apiPost<DemocracyDraftView>(`${draftPath(id)}/discard`, { version }));
}
