import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { WorkQueueScope } from '../../../shared/work-queue/work-queue.rules';
import type { WorkQueueCountView, WorkQueueView } from '../../../shared/work-queue/work-queue.schemas';
import { apiGet } from '../../api/client';

/** The key of every work-queue query; the query client invalidates it after each change (issue 12). */
export const workQueueKey = ['work-queue'] as const;

/** How often the menu's count is read again while the app is open, beside changes and window focus. */
const COUNT_REFRESH_MS = 5 * 60_000;

/** The caller's "Att göra" items, their own or everything (for those who steer). */
export function useWorkQueue(scope: WorkQueueScope, enabled = true) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...workQueueKey, 'list', scope],
    queryFn: ({ signal }) => apiGet<WorkQueueView>(`/api/work-queue?scope=${scope}`, signal),
    enabled,
  });
  // The menu's count follows the user's own list as soon as the start page has loaded it.
  const own = query.data?.scope === 'mine' ? query.data.items.length : undefined;
  useEffect(() => {
    if (own !== undefined) queryClient.setQueryData<WorkQueueCountView>([...workQueueKey, 'count'], { count: own });
  }, [own, queryClient]);
  return query;
}

/** How many items the caller has, for the menu's badge. */
export function useWorkQueueCount(enabled = true) {
  return useQuery({
    queryKey: [...workQueueKey, 'count'],
    queryFn: ({ signal }) => apiGet<WorkQueueCountView>('/api/work-queue/count', signal),
    enabled,
    // Others resolve items too (a partner submits, a party votes): read again when the user comes
    // back to the window and now and then while it stays open.
    refetchOnWindowFocus: true,
    refetchInterval: COUNT_REFRESH_MS,
  });
}
