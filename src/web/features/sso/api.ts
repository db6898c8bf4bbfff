import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuthMethodsView,
  CreateSsoRoleMappingInput,
  SsoRoleMappingList,
  SsoRoleMappingView,
} from '../../../shared/users/sso.schemas';
import { apiGet, apiPost, apiRequest } from '../../api/client';

const mappingsKey = ['sso-role-mappings'] as const;

/** How one may sign in: whether single sign-on is on (and its label) and whether staff may use passwords. */
export function useAuthMethods() {
  return useQuery({
    queryKey: ['auth-methods'],
    queryFn: ({ signal }) => apiGet<AuthMethodsView>('/api/auth/methods', signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Every mapping of a group to a role. */
export function useRoleMappings() {
  return useQuery({
    queryKey: mappingsKey,
    queryFn: ({ signal }) => apiGet<SsoRoleMappingList>('/api/sso/role-mappings', signal),
  });
}

/** Maps a group to a role. */
export function useCreateRoleMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSsoRoleMappingInput) => apiPost<SsoRoleMappingView>('/api/sso/role-mappings', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mappingsKey }),
  });
}

/** Removes a mapping. */
export function useRemoveRoleMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: SsoRoleMappingView) =>
      apiRequest<void>(`/api/sso/role-mappings/${encodeURIComponent(mapping.id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mappingsKey }),
  });
}
