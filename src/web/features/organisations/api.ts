import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { DemocracyOverviewView, RemediationInput, RemediationView } from '../../../shared/organisations/democracy.schemas';
import type { DocumentsOverviewView, OrganisationDocumentView } from '../../../shared/organisations/document.schemas';
import type { ImportPreviewView, UpdateImportInput } from '../../../shared/organisations/import.schemas';
import type {
  CreateOrganisationInput,
  OrganisationExportQuery,
  OrganisationQuery,
  OrganisationPage,
  OrganisationView,
  UpdateOrganisationInput,
} from '../../../shared/organisations/organisation.schemas';
import type { DocumentType, PartnerControlDocument } from '../../../shared/organisations/partner-control.rules';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { apiGet, apiPatch, apiPost, apiPut, apiUpload, isApiError, withQuery } from '../../api/client';

const organisationsKey = ['organisations'] as const;
const path = (id: string) => `/api/organisations/${encodeURIComponent(id)}`;

/** Legal forms, areas and districts: they change seldom (an administrator edits them), so keep them long. */
export const referenceDataQueryOptions = queryOptions({
  queryKey: ['reference-data'],
  queryFn: ({ signal }) => apiGet<ReferenceDataView>('/api/reference-data', signal),
  staleTime: 60 * 60_000,
  gcTime: 24 * 60 * 60_000,
});

/** The reference data the register's forms and filters are built from. */
export function useReferenceData() {
  return useQuery(referenceDataQueryOptions);
}

export type OrganisationListParams = Partial<Omit<OrganisationQuery, 'limit' | 'cursor'>> & { limit: number; cursor?: string | undefined };

/** A page of organisations matching the search and filters. */
export function useOrganisations(params: OrganisationListParams) {
  return useQuery({
    queryKey: [...organisationsKey, 'list', params],
    queryFn: ({ signal }) => apiGet<OrganisationPage>(withQuery('/api/organisations', params), signal),
    // Keep the current rows on screen while the next page or search loads.
    placeholderData: keepPreviousData,
  });
}

/** Address of the register exported with the same filters (a GET the browser downloads with the session cookie). */
export function organisationExportHref(params: Partial<OrganisationExportQuery>): string {
  return withQuery('/api/organisations/export', params);
}

/** One organisation. */
export function useOrganisation(id: string) {
  return useQuery({
    queryKey: [...organisationsKey, 'detail', id],
    queryFn: ({ signal }) => apiGet<OrganisationView>(path(id), signal),
  });
}

/** A change to the register: afterwards every organisation query is read again. */
export function useOrganisationMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // Lists, the page, its history and its status badges may all show the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
    onError: (error) => {
      if (isApiError(error, 409) && error.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: organisationsKey });
      }
    },
  });
}

/** Registers an organisation. */
export function useCreateOrganisation() {
  return useOrganisationMutation((input: CreateOrganisationInput) => apiPost<OrganisationView>('/api/organisations', input));
}

/** Edits an organisation at the version the user saw. */
export function useUpdateOrganisation() {
  return useOrganisationMutation(({ id, ...input }: UpdateOrganisationInput & { id: string }) =>
    apiPatch<OrganisationView>(path(id), input),
  );
}

export type OrganisationStatusAction = 'archive' | 'restore';

/** Archives an organisation or brings it back; nothing is ever deleted. */
export function useOrganisationStatusAction() {
  return useOrganisationMutation(({ organisation, action }: { organisation: OrganisationView; action: OrganisationStatusAction }) =>
    apiPost<OrganisationView>(`${path(organisation.id)}/${action}`, { version: organisation.version }),
  );
}

/** A page of the organisation's history (audit entries), newest first. */
export function useOrganisationHistory(id: string, params: { limit: number; cursor?: string | undefined }) {
  return useQuery({
    queryKey: [...organisationsKey, 'detail', id, 'history', params],
    queryFn: ({ signal }) => apiGet<Page<AuditEntryView>>(withQuery(`${path(id)}/history`, params), signal),
    placeholderData: keepPreviousData,
  });
}

/** The organisation's documents and partner-control checklist (ORG-4). */
export function useDocuments(id: string) {
  return useQuery({
    queryKey: [...organisationsKey, 'detail', id, 'documents'],
    queryFn: ({ signal }) => apiGet<DocumentsOverviewView>(`${path(id)}/documents`, signal),
  });
}

/** Address that downloads one document's file. */
export function documentContentHref(organisationId: string, documentId: string): string {
  return `${path(organisationId)}/documents/${encodeURIComponent(documentId)}/content`;
}

export type UploadDocumentVariables = {
  file: File;
  documentType: DocumentType;
  year: number;
  note?: string | undefined;
  onProgress: (fraction: number) => void;
};

/** Uploads a document (the server checks its content) and reports progress on the way. */
export function useUploadDocument(organisationId: string) {
  return useOrganisationMutation(({ file, documentType, year, note, onProgress }: UploadDocumentVariables) =>
    apiUpload<OrganisationDocumentView>(withQuery(`${path(organisationId)}/documents`, { documentType, year, note }), file, file.name, {
      onProgress,
    }),
  );
}

/** Notes that a control document does not exist, with the reason; a null reason withdraws the note. */
export function useDocumentAbsence(organisationId: string) {
  return useOrganisationMutation(({ documentType, reason }: { documentType: PartnerControlDocument; reason: string | null }) =>
    apiPut<DocumentsOverviewView>(`${path(organisationId)}/partner-control/${documentType}`, { reason }),
  );
}

/** Democracy status, the assessment in preparation, signed assessments and remediation measures (DEM-1–4). */
export function useDemocracy(id: string) {
  return useQuery({
    queryKey: [...organisationsKey, 'detail', id, 'democracy'],
    queryFn: ({ signal }) => apiGet<DemocracyOverviewView>(`${path(id)}/democracy`, signal),
  });
}

/** Records a completed remediation measure with evidence (DEM-4). */
export function useRecordRemediation(organisationId: string) {
  return useOrganisationMutation((input: RemediationInput) => apiPost<RemediationView>(`${path(organisationId)}/remediation-measures`, input));
}

/** Uploads a CSV or XLSX file for import; the answer is a preview, nothing is registered yet. */
export function useStartImport() {
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (fraction: number) => void }) =>
      apiUpload<ImportPreviewView>('/api/organisation-imports', file, file.name, { onProgress }),
  });
}

/** Changes the column mapping or default kind of an import and previews it again. */
export function useUpdateImport() {
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateImportInput & { id: string }) =>
      apiPatch<ImportPreviewView>(`/api/organisation-imports/${encodeURIComponent(id)}`, input),
  });
}

/** Registers every valid row of the import. */
export function useCommitImport() {
  return useOrganisationMutation(({ id, version }: { id: string; version: number }) =>
    apiPost<{ id: string; importedCount: number }>(`/api/organisation-imports/${encodeURIComponent(id)}/commit`, { version }),
  );
}
