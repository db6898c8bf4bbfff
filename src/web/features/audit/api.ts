import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntryView, AuditHead, AuditQuery } from '../../../shared/audit/audit.schemas';
import type { Page } from '../../../shared/http/pagination.schemas';
import { apiGet, withQuery } from '../../api/client';

/** A page of audit entries, newest first, matching the filters. */
export function useAuditLog(params: Partial<AuditQuery>) {
  return useQuery({
    queryKey: ['audit-log', params],
    queryFn: ({ signal }) => apiGet<Page<AuditEntryView>>(withQuery('/api/audit-log', params), signal),
    placeholderData: keepPreviousData,
  });
}

/** The audit chain's head (decision 022), to show and to download for archiving. */
export function useAuditHead() {
  return useQuery({
    queryKey: ['audit-head'],
    queryFn: ({ signal }) => apiGet<AuditHead>('/api/audit/head', signal),
  });
}
