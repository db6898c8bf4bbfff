import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PartnerHomeView,
  PartnerReportList,
  PartnerReportView,
  ReturnPartnerReportInput,
  SavePartnerReportInput,
} from '../../../shared/partner/partner-report.schemas';
import type { PartnerReportStatus } from '../../../shared/partner/partner-report.rules';
import { apiGet, apiPost, apiPut, apiUpload, isApiError, withQuery } from '../../api/client';

const key = ['partner-reports'] as const;
const periodPath = (cooperationId: string, period: string) =>
  `/api/partner/cooperations/${encodeURIComponent(cooperationId)}/reports/${encodeURIComponent(period)}`;
const reportPath = (id: string) => `/api/partner-reports/${encodeURIComponent(id)}`;

/** Where a report's financial report file downloads from. */
export const financialReportHref = (reportId: string) => `${reportPath(reportId)}/financial-report`;

/** The partner's start: its organisation, cooperations and the year's reports. */
export function usePartnerHome(year: number) {
  return useQuery({
    queryKey: [...key, 'home', year],
    queryFn: ({ signal }) => apiGet<PartnerHomeView>(withQuery('/api/partner/home', { year }), signal),
  });
}

/** The partner's report for a cooperation and period (null until started). */
export function usePartnerReportForPeriod(cooperationId: string, period: string) {
  return useQuery({
    queryKey: [...key, 'period', cooperationId, period],
    queryFn: ({ signal }) => apiGet<{ report: PartnerReportView | null }>(periodPath(cooperationId, period), signal),
  });
}

/** Reports for staff (the review queue) by status. */
export function usePartnerReports(status: PartnerReportStatus | undefined) {
  return useQuery({
    queryKey: [...key, 'list', status ?? 'all'],
    queryFn: ({ signal }) => apiGet<PartnerReportList>(withQuery('/api/partner-reports', { status }), signal),
  });
}

/** One report. */
export function usePartnerReport(id: string) {
  return useQuery({ queryKey: [...key, 'one', id], queryFn: ({ signal }) => apiGet<PartnerReportView>(reportPath(id), signal) });
}

/** A change to a report reloads every report query; a conflict reloads too, so the page shows what now stands. */
function useReportMutation<TInput>(call: (input: TInput) => Promise<PartnerReportView>) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  return useMutation({
    mutationFn: call,
    onSuccess: () => refresh(),
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
}

/** The partner saves the follow-up text. */
export function useSavePartnerReport(cooperationId: string, period: string) {
  return useReportMutation((input: SavePartnerReportInput) => apiPut<PartnerReportView>(periodPath(cooperationId, period), input));
}

/** The partner uploads the financial report for the year. */
export function useUploadFinancialReport(cooperationId: string, period: string) {
  return useReportMutation((file: File) => apiUpload<PartnerReportView>(`${periodPath(cooperationId, period)}/financial-report`, file, file.name));
}

/** The partner submits the report for review. */
export function useSubmitPartnerReport() {
  return useReportMutation((input: { id: string; version: number }) => apiPost<PartnerReportView>(`${reportPath(input.id)}/submit`, { version: input.version }));
}

/** Staff approve a submitted report. */
export function useApprovePartnerReport() {
  return useReportMutation((input: { id: string; version: number }) => apiPost<PartnerReportView>(`${reportPath(input.id)}/approve`, { version: input.version }));
}

/** Staff return a submitted report with a comment. */
export function useReturnPartnerReport() {
  return useReportMutation((input: { id: string } & ReturnPartnerReportInput) =>
    apiPost<PartnerReportView>(`${reportPath(input.id)}/return`, { version: input.version, comment: input.comment }),
  );
}
