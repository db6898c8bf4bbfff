import { useQuery } from '@tanstack/react-query';
import type { PublicPublisherView } from '../../../shared/public/public-iop.schemas';
import { apiGet } from '../../api/client';

/** The committee and municipality that publish the public pages (settings); public, no login. */
export function usePublicPublisher() {
  return useQuery({
    queryKey: ['public-publisher'],
    queryFn: ({ signal }) => apiGet<PublicPublisherView>('/api/public/publisher', signal),
    staleTime: 5 * 60_000,
  });
}
