import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublicationInput, PublicationView } from '../../../shared/public/public-iop.schemas';
import { apiGet, apiPost, isApiError } from '../../api/client';

// Under the cooperation's own key, so that any change to the cooperation (which bumps the shared
// version) refreshes the publication too, and a publication refreshes the cooperation.
const publicationKey = (id: string) => ['cooperations', 'detail', id, 'publication'] as const;
const path = (id: string) => `/api/cooperations/${encodeURIComponent(id)}/publication`;

/** Whether a cooperation is shown on the public IOP page, and with what purpose (IOP-10). */
export function usePublication(id: string) {
  return useQuery({ queryKey: publicationKey(id), queryFn: ({ signal }) => apiGet<PublicationView>(path(id), signal) });
}

/** Publishes or withdraws a cooperation at the version the user saw. */
export function useSetPublication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublicationInput) => apiPost<PublicationView>(path(id), input),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['cooperations'] }), queryClient.invalidateQueries({ queryKey: ['public-iop'] })]),
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: ['cooperations'] });
    },
  });
}
