import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntryView, AuditQuery } from '../../../shared/audit/audit.schemas';
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
