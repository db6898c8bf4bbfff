import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommitteeReportQuery, CommitteeReportView } from '../../../shared/reports/committee-report.schemas';
import { apiGet, type UiLanguage, withQuery } from '../../api/client';
import { reportParams } from './report.model';

/**
 * The committee's report for a year, period and filters (OVR-2). The server writes its headings in
 * the UI language, so the language is part of the key; the previous report stays on screen while
 * a changed filter builds the next one (that can take a few seconds on a large register).
 */
export function useCommitteeReport(query: CommitteeReportQuery, language: UiLanguage) {
  return useQuery({
    queryKey: ['reports', 'committee', query, language],
    queryFn: ({ signal }) => apiGet<CommitteeReportView>(withQuery('/api/reports/committee', reportParams(query)), signal),
    placeholderData: keepPreviousData,
    // Figures of a snapshot: no need to rebuild the report each time the window gets focus.
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}
