import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import type { FormGuidanceInput, FormGuidanceView } from '../../../shared/cooperations/form-guidance.schemas';
import type { Page } from '../../../shared/http/pagination.schemas';
import type {
  CreateInitiativeInput,
  InitiativeAttachmentView,
  InitiativeDetailView,
  InitiativePage,
  InitiativeQuery,
  UpdateInitiativeInput,
} from '../../../shared/initiatives/initiative.schemas';
import type { OrganisationPage } from '../../../shared/organisations/organisation.schemas';
import { apiGet, apiPatch, apiPost, apiPut, apiUpload, isApiError, withQuery } from '../../api/client';

const initiativesKey = ['initiatives'] as const;
const path = (id: string) => `/api/initiatives/${encodeURIComponent(id)}`;

export type InitiativeListParams = Partial<Omit<InitiativeQuery, 'limit' | 'cursor' | 'status'>> & {
  status?: string | undefined;
  limit: number;
  cursor?: string | undefined;
};

/** A page of initiatives matching the search and filters, newest first. */
export function useInitiatives(params: InitiativeListParams) {
  return useQuery({
    queryKey: [...initiativesKey, 'list', params],
    queryFn: ({ signal }) => apiGet<InitiativePage>(withQuery('/api/initiatives', params), signal),
    placeholderData: keepPreviousData,
  });
}

/** One initiative with organisations, attachments and its newest recommendation. */
export function useInitiative(id: string) {
  return useQuery({
    queryKey: [...initiativesKey, 'detail', id],
    queryFn: ({ signal }) => apiGet<InitiativeDetailView>(path(id), signal),
  });
}

function useInitiativeMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // Lists, the page, its history and the review group's queue may all show the change.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: initiativesKey });
      void queryClient.invalidateQueries({ queryKey: ['review'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: initiativesKey });
    },
  });
}

/** Registers an initiative (INI-1). */
export function useCreateInitiative() {
  return useInitiativeMutation((input: CreateInitiativeInput) => apiPost<InitiativeDetailView>('/api/initiatives', input));
}

/** Edits an initiative at the version the user saw. */
export function useUpdateInitiative() {
  return useInitiativeMutation(({ id, ...input }: UpdateInitiativeInput & { id: string }) => apiPatch<InitiativeDetailView>(path(id), input));
}

/** Withdraws an initiative; it stays on record, closed. */
export function useWithdrawInitiative() {
  return useInitiativeMutation(({ id, version }: { id: string; version: number }) =>
    apiPost<InitiativeDetailView>(`${path(id)}/withdraw`, { version }),
  );
}

/** Records or clears the registry's own number of an initiative, at any stage. */
export function useSetInitiativeRegistryNumber() {
  return useInitiativeMutation(({ id, registryNumber, version }: { id: string; registryNumber: string | null; version: number }) =>
    apiPut<InitiativeDetailView>(`${path(id)}/registry-number`, { registryNumber, version }),
  );
}

/** A page of the initiative's history (audit entries), newest first. */
export function useInitiativeHistory(id: string, params: { limit: number; cursor?: string | undefined }) {
  return useQuery({
    queryKey: [...initiativesKey, 'detail', id, 'history', params],
    queryFn: ({ signal }) => apiGet<Page<AuditEntryView>>(withQuery(`${path(id)}/history`, params), signal),
    placeholderData: keepPreviousData,
  });
}

/** Address that downloads one attachment. */
export function attachmentContentHref(initiativeId: string, attachmentId: string): string {
  return `${path(initiativeId)}/attachments/${encodeURIComponent(attachmentId)}/content`;
}

/** Uploads one attachment (the server checks its content), reporting progress. */
export function useUploadAttachment(initiativeId: string) {
  return useInitiativeMutation(({ file, onProgress }: { file: File; onProgress: (fraction: number) => void }) =>
    apiUpload<InitiativeAttachmentView>(`${path(initiativeId)}/attachments`, file, file.name, { onProgress }),
  );
}

/** The forms that fit the facts, asked again whenever the (debounced) facts change. */
export function useFormGuidance(input: FormGuidanceInput, enabled: boolean) {
  return useQuery({
    queryKey: ['form-guidance', input],
    queryFn: () => apiPost<FormGuidanceView>('/api/form-guidance', input),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Organisations of the register whose name or number matches, for the picker. */
export function useOrganisationMatches(q: string) {
  return useQuery({
    queryKey: ['organisations', 'list', { q, limit: 20, picker: true }],
    queryFn: ({ signal }) => apiGet<OrganisationPage>(withQuery('/api/organisations', { q, limit: 20 }), signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
