import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, LoginInput, SessionView } from '../../../shared/users/auth.schemas';
import { apiGet, apiPost, isApiError, setCsrfToken } from '../../api/client';

export const sessionKey = ['session'] as const;

/** The current session, or null when nobody is logged in (a 401 is an answer, not an error). */
export const sessionQueryOptions = queryOptions({
  queryKey: sessionKey,
  queryFn: async ({ signal }): Promise<SessionView | null> => {
    try {
      const session = await apiGet<SessionView>('/api/auth/session', signal);
      setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (isApiError(error, 401)) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
});

/** The logged-in session; only use below the authenticated layout, where it is always loaded. */
export function useSession(): SessionView {
  const { data } = useQuery(sessionQueryOptions);
  if (!data) throw new Error('useSession used outside an authenticated route');
  return data;
}

/** Logs in and stores the new session in the query cache. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['login'],
    mutationFn: (input: LoginInput) => apiPost<SessionView>('/api/auth/login', input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Whatever was cached belonged to a previous user of this browser.
      queryClient.clear();
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

/** Logs out and forgets every cached answer of the session. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['logout'],
    // Issue 15: a session begun with single sign-on is also ended at the provider (RP-initiated logout).
    mutationFn: async () => {
      const { redirectTo } = await apiPost<{ redirectTo: string }>('/api/auth/oidc/logout');
      if (/^https?:\/\//.test(redirectTo)) window.location.assign(redirectTo);
    },
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

/** Changes the caller's own password; the answer is the refreshed session. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => apiPost<SessionView>('/api/auth/password', input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
    },
  });
}
