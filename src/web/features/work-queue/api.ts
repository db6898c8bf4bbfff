import { useQuery } from '@tanstack/react-query';
import type { WorkQueueScope } from '../../../shared/work-queue/work-queue.rules';
import type { WorkQueueCountView, WorkQueueView } from '../../../shared/work-queue/work-queue.schemas';
import { apiGet } from '../../api/client';

const workQueueKey = ['work-queue'] as const;

/** The caller's "Att göra" items, their own or everything (for those who steer). */
export function useWorkQueue(scope: WorkQueueScope, enabled = true) {
  return useQuery({
    queryKey: [...workQueueKey, 'list', scope],
    queryFn: ({ signal }) => apiGet<WorkQueueView>(`/api/work-queue?scope=${scope}`, signal),
    enabled,
  });
}

/** How many items the caller has, for the menu's badge. */
export function useWorkQueueCount(enabled = true) {
  return useQuery({
    queryKey: [...workQueueKey, 'count'],
    queryFn: ({ signal }) => apiGet<WorkQueueCountView>('/api/work-queue/count', signal),
    enabled,
  });
}
