import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '../../../shared/http/pagination.schemas';
import type {
  ApiTokenView,
  CreateApiTokenInput,
  CreatedApiTokenView,
} from '../../../shared/users/api-token.schemas';
import { apiGet, apiPost, withQuery } from '../../api/client';

const tokensKey = ['api-tokens'] as const;

/** A page of API tokens, optionally with revoked ones. */
export function useApiTokens(params: { includeRevoked: boolean; limit: number; cursor?: string }) {
  return useQuery({
    queryKey: [...tokensKey, 'list', params],
    queryFn: ({ signal }) =>
      apiGet<Page<ApiTokenView>>(
        withQuery('/api/api-tokens', { ...params, includeRevoked: params.includeRevoked ? 'true' : undefined }),
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** Creates a token; the answer carries its secret, shown once. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiTokenInput) => apiPost<CreatedApiTokenView>('/api/api-tokens', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

/** Revokes a token at the version the admin saw. */
export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: ApiTokenView) =>
      apiPost<ApiTokenView>(`/api/api-tokens/${encodeURIComponent(token.id)}/revoke`, { version: token.version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
