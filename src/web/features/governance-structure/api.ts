import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GovernanceStructureView, ReplaceRepresentationInput, RepresentationView } from '../../../shared/governance/structure.schemas';
import { apiGet, apiPut, withQuery } from '../../api/client';

const structureKey = ['governance', 'structure'] as const;
const representationPath = (bodyId: string) => `/api/governance-bodies/${encodeURIComponent(bodyId)}/representation`;

/** The organisation diagram: a cooperation's bodies (or all active ones) in tree order (AGR-3). */
export function useGovernanceStructure(cooperationId: string | undefined) {
  return useQuery({
    queryKey: [...structureKey, 'tree', cooperationId ?? 'all'],
    queryFn: ({ signal }) => apiGet<GovernanceStructureView>(withQuery('/api/governance-structure', { cooperationId }), signal),
  });
}

/** A body's representation as its agreement lists it (AGR-3). */
export function useRepresentation(bodyId: string) {
  return useQuery({
    queryKey: [...structureKey, 'representation', bodyId],
    queryFn: ({ signal }) => apiGet<RepresentationView>(representationPath(bodyId), signal),
  });
}

/** Replaces a body's ordered representation; the diagram is refreshed too. */
export function useReplaceRepresentation(bodyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReplaceRepresentationInput) => apiPut<RepresentationView>(representationPath(bodyId), input),
    onSuccess: (view) => {
      client.setQueryData([...structureKey, 'representation', bodyId], view);
      void client.invalidateQueries({ queryKey: [...structureKey, 'tree'] });
    },
  });
}
