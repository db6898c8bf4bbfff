import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JobOverview } from '../../../shared/jobs/jobs.schemas';
import type { MailOutboxPage, MailOutboxQuery, MailView } from '../../../shared/mail/mail.schemas';
import { apiGet, apiPost, withQuery } from '../../api/client';

const mailKey = ['admin-mail'] as const;

/** A page of the outbox, newest first, filtered. */
export function useOutbox(query: Partial<MailOutboxQuery>) {
  return useQuery({
    queryKey: [...mailKey, 'list', query],
    queryFn: ({ signal }) => apiGet<MailOutboxPage>(withQuery('/api/admin/mail', query), signal),
    placeholderData: keepPreviousData,
  });
}

/** One mail with its text. */
export function useMail(id: string | null) {
  return useQuery({
    queryKey: [...mailKey, 'one', id],
    queryFn: ({ signal }) => apiGet<MailView>(`/api/admin/mail/${encodeURIComponent(id ?? '')}`, signal),
    enabled: id !== null,
  });
}

/** Sends a failed mail again (a fresh set of attempts). */
export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<MailView>(`/api/admin/mail/${encodeURIComponent(id)}/retry`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailKey }),
  });
}

/** The background jobs and their latest failed runs. */
export function useJobOverview(enabled: boolean) {
  return useQuery({
    queryKey: ['admin-jobs'],
    queryFn: ({ signal }) => apiGet<JobOverview>('/api/admin/jobs', signal),
    enabled,
  });
}
