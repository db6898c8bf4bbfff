import { useQuery } from '@tanstack/react-query';
import type { PublicIopPageView } from '../../../shared/public/public-iop.schemas';
import { apiGet } from '../../api/client';

/** Where the open data lives; the page links to both. */
export const PUBLIC_IOP_JSON = '/api/public/iop';
export const PUBLIC_IOP_CSV = '/api/public/iop.csv';

/** The published IOPs and the IOP contact function (IOP-10); public, no login. */
export function usePublicIops() {
  return useQuery({
    queryKey: ['public-iop'],
    queryFn: ({ signal }) => apiGet<PublicIopPageView>(PUBLIC_IOP_JSON, signal),
    staleTime: 5 * 60_000,
  });
}
