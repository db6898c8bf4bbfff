import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ControlProgrammeView } from '../../../shared/employers/control-programme.schemas';
import type {
  CreateControlProgrammeInput,
  EmployerControlsView,
  RecordControlCheckInput,
} from '../../../shared/employers/employer-control.schemas';
import type { EvidenceFileView } from '../../../shared/lifecycle/lifecycle.schemas';
import { apiGet, apiPatch, apiPost, apiUpload } from '../../api/client';

const employerPath = (id: string) => `/api/employers/${encodeURIComponent(id)}`;
const controlsKey = (id: string) => ['employer-controls', id] as const;
const programmesKey = ['employer-control-programmes'] as const;

/** Where a check's evidence file downloads from. */
export const checkEvidenceHref = (organisationId: string, checkId: string) => `${employerPath(organisationId)}/control-checks/${encodeURIComponent(checkId)}/evidence`;

/** An employer's controls of the programme in force, with state, validity and history (EMP-2). */
export function useEmployerControls(organisationId: string) {
  return useQuery({
    queryKey: controlsKey(organisationId),
    queryFn: ({ signal }) => apiGet<EmployerControlsView>(`${employerPath(organisationId)}/controls`, signal),
  });
}

export type RecordCheckInput = Omit<RecordControlCheckInput, 'evidenceFileId'> & { evidenceFile: File | null };

/** Records a check: a chosen evidence file is uploaded first, then the check names it. */
export function useRecordControlCheck(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ evidenceFile, ...input }: RecordCheckInput) => {
      const file = evidenceFile ? await apiUpload<EvidenceFileView>(`${employerPath(organisationId)}/control-checks/evidence`, evidenceFile, evidenceFile.name) : null;
      return apiPost<EmployerControlsView>(`${employerPath(organisationId)}/control-checks`, { ...input, evidenceFileId: file?.id ?? null });
    },
    onSuccess: (view) => {
      queryClient.setQueryData(controlsKey(organisationId), view);
      // The gates of the employer's partnerships read the controls.
      void queryClient.invalidateQueries({ queryKey: ['cooperations'] });
      void queryClient.invalidateQueries({ queryKey: ['work-queue'] });
    },
  });
}

/** Every procurement programme with its controls (EMP-2). */
export function useControlProgrammes() {
  return useQuery({ queryKey: programmesKey, queryFn: ({ signal }) => apiGet<ControlProgrammeView[]>('/api/reference/employer-controls', signal) });
}

/** Adds a programme with its controls from a date (administrators). */
export function useCreateControlProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateControlProgrammeInput) => apiPost<ControlProgrammeView[]>('/api/reference/employer-controls', input),
    onSuccess: (programmes) => queryClient.setQueryData(programmesKey, programmes),
  });
}

/** Changes a control's re-check interval (administrators). */
export function useUpdateControlInterval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ programmeCode, controlCode, recheckMonths }: { programmeCode: string; controlCode: string; recheckMonths: number | null }) =>
      apiPatch<ControlProgrammeView[]>(`/api/reference/employer-controls/${encodeURIComponent(programmeCode)}/controls/${encodeURIComponent(controlCode)}`, { recheckMonths }),
    onSuccess: (programmes) => queryClient.setQueryData(programmesKey, programmes),
  });
}
