import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MarkedReadView,
  NotificationList,
  NotificationPreferencesInput,
  NotificationPreferencesView,
  NotificationView,
  UnreadCountView,
} from '../../../shared/notifications/notification.schemas';
import { apiGet, apiPost, apiPut, withQuery } from '../../api/client';

const notificationsKey = ['notifications'] as const;

/** How often the bell asks for the unread count: a cheap indexed count once a minute. */
export const UNREAD_POLL_MS = 60_000;

/** The caller's unread count, polled for the bell. */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: [...notificationsKey, 'unread-count'],
    queryFn: ({ signal }) => apiGet<UnreadCountView>('/api/notifications/unread-count', signal),
    refetchInterval: UNREAD_POLL_MS,
    enabled,
  });
}

/** The caller's latest notifications, newest first. */
export function useNotifications(limit: number, enabled = true) {
  return useQuery({
    queryKey: [...notificationsKey, 'list', limit],
    queryFn: ({ signal }) => apiGet<NotificationList>(withQuery('/api/notifications', { limit }), signal),
    enabled,
  });
}

/** Marks one notification read (when the user opens it). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<NotificationView>(`/api/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/** Marks all of the caller's notifications read. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<MarkedReadView>('/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/** The caller's delivery per type and mail language. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: [...notificationsKey, 'preferences'],
    queryFn: ({ signal }) => apiGet<NotificationPreferencesView>('/api/notifications/preferences', signal),
  });
}

/** Saves the caller's delivery per type and mail language. */
export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferencesInput) => apiPut<NotificationPreferencesView>('/api/notifications/preferences', input),
    onSuccess: (saved) => queryClient.setQueryData([...notificationsKey, 'preferences'], saved),
  });
}
