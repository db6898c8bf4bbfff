import { useMutation, useQuery } from '@tanstack/react-query';
import type { PublicInitiativeInput, PublicInitiativeReceipt, PublicReferenceDataView } from '../../../shared/initiatives/initiative.schemas';
import { apiGet, apiPost } from '../../api/client';

/** Areas and target groups the public form offers; they change seldom. */
export function usePublicReferenceData() {
  return useQuery({
    queryKey: ['public-reference-data'],
    queryFn: ({ signal }) => apiGet<PublicReferenceDataView>('/api/public/reference-data', signal),
    staleTime: 60 * 60_000,
  });
}

/** Sends a proposal; the answer is a receipt with a reference, never the stored record. */
export function useSubmitProposal() {
  return useMutation({
    mutationFn: (input: PublicInitiativeInput) => apiPost<PublicInitiativeReceipt>('/api/public/initiatives', input),
  });
}
