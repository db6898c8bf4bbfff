import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgreementCompareView,
  AgreementDetailView,
  AgreementListView,
  AgreementVersionView,
  AnnexView,
  CreateAgreementInput,
  CreateAnnexInput,
  CreateAnnexVersionInput,
  UpdateAgreementInput,
} from '../../../shared/agreements/agreement.schemas';
import { apiGet, apiPatch, apiPost, apiUpload, isApiError, withQuery } from '../../api/client';

const agreementsKey = ['agreements'] as const;
const agreementPath = (id: string) => `/api/agreements/${encodeURIComponent(id)}`;
const annexPath = (id: string) => `/api/annexes/${encodeURIComponent(id)}`;

/** Where the signed document of an agreement version downloads from. */
export const signedDocumentHref = (agreementId: string, number: number) => `${agreementPath(agreementId)}/versions/${number}/signed-document`;

/** Where the file of an annex version downloads from. */
export const annexFileHref = (annexId: string, number: number) => `${annexPath(annexId)}/versions/${number}/file`;

/** The agreements of a cooperation with their signing and checklist state (IOP-5). */
export function useCooperationAgreements(cooperationId: string) {
  return useQuery({
    queryKey: [...agreementsKey, 'cooperation', cooperationId],
    queryFn: ({ signal }) => apiGet<AgreementListView>(withQuery('/api/agreements', { cooperationId }), signal),
  });
}

/** One agreement with its current version, version list and annexes. */
export function useAgreement(id: string) {
  return useQuery({
    queryKey: [...agreementsKey, 'detail', id],
    queryFn: ({ signal }) => apiGet<AgreementDetailView>(agreementPath(id), signal),
  });
}

/** One version of an agreement as it was written; disabled until a number is known. */
export function useAgreementVersion(id: string, number: number | undefined) {
  return useQuery({
    queryKey: [...agreementsKey, 'version', id, number],
    queryFn: ({ signal }) => apiGet<AgreementVersionView>(`${agreementPath(id)}/versions/${number ?? 0}`, signal),
    enabled: number !== undefined,
  });
}

/** Two versions of an agreement side by side (AGR-7). */
export function useAgreementComparison(id: string, from: number, to: number) {
  return useQuery({
    queryKey: [...agreementsKey, 'compare', id, from, to],
    queryFn: ({ signal }) => apiGet<AgreementCompareView>(withQuery(`${agreementPath(id)}/compare`, { from, to }), signal),
  });
}

function useAgreementMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // A save changes the detail, the list on the cooperation and the cooperation's gates.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agreementsKey });
      void queryClient.invalidateQueries({ queryKey: ['cooperations'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: agreementsKey });
    },
  });
}

/** Drafts a new agreement for a cooperation (version 1). */
export function useCreateAgreement() {
  return useAgreementMutation((input: CreateAgreementInput) => apiPost<AgreementDetailView>('/api/agreements', input));
}

/** Saves the current draft version at the agreement version the user saw. */
export function useUpdateAgreement(id: string) {
  return useAgreementMutation((input: UpdateAgreementInput) => apiPatch<AgreementDetailView>(agreementPath(id), input));
}

/** Revises the agreement: a new draft version copied from the current one (AGR-7). */
export function useReviseAgreement(id: string) {
  return useAgreementMutation((version: number) => apiPost<AgreementDetailView>(`${agreementPath(id)}/revisions`, { version }));
}

/** Files the signed document of the current version with the date of signing (IOP-5). */
export function useUploadSignedDocument(id: string) {
  return useAgreementMutation((input: { version: number; signedOn: string; file: File }) =>
    apiUpload<AgreementDetailView>(withQuery(`${agreementPath(id)}/signed-document`, { version: input.version, signedOn: input.signedOn }), input.file, input.file.name),
  );
}

/** Adds a numbered annex to an agreement (AGR-7). */
export function useCreateAnnex(agreementId: string) {
  return useAgreementMutation((input: CreateAnnexInput) => apiPost<AnnexView>(`${agreementPath(agreementId)}/annexes`, input));
}

/** Adds a version of an annex: text, or a file, with the decision that adopted it (AGR-7). */
export function useAddAnnexVersion() {
  return useAgreementMutation((input: { annexId: string; version: CreateAnnexVersionInput; file: File | null }) =>
    input.file
      ? apiUpload<AnnexView>(
          withQuery(`${annexPath(input.annexId)}/file-versions`, { decisionReference: input.version.decisionReference, decidedOn: input.version.decidedOn }),
          input.file,
          input.file.name,
        )
      : apiPost<AnnexView>(`${annexPath(input.annexId)}/versions`, input.version),
  );
}
