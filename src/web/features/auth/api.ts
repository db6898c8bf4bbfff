import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, LoginInput, LoginResultView, SessionView } from '../../../shared/users/auth.schemas';
import type { SecondFactorLoginInput } from '../../../shared/users/two-factor.schemas';
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

/** Whether the password step answered with a session or asks for the second factor. */
export function isSecondFactorChallenge(result: LoginResultView): result is Extract<LoginResultView, { secondFactorRequired: true }> {
  return 'secondFactorRequired' in result;
}

function useSessionStarted() {
  const queryClient = useQueryClient();
  return (session: SessionView) => {
    setCsrfToken(session.csrfToken);
    // Whatever was cached belonged to a previous user of this browser.
    queryClient.clear();
    queryClient.setQueryData(sessionKey, session);
  };
}

/**
 * The password step of logging in: stores the new session in the query cache, or — for an account
 * with a second factor — answers with the challenge for the code step (issue 15).
 */
export function useLogin() {
  const started = useSessionStarted();
  return useMutation({
    mutationKey: ['login'],
    mutationFn: (input: LoginInput) => apiPost<LoginResultView>('/api/auth/login', input),
    onSuccess: (result) => {
      if (!isSecondFactorChallenge(result)) started(result);
    },
  });
}

/** The code step of logging in (a TOTP code or a recovery code); stores the new session. */
export function useSecondFactorLogin() {
  const started = useSessionStarted();
  return useMutation({
    // Keyed as login: a wrong code is a 401 that must stay on the form.
    mutationKey: ['login'],
    mutationFn: (input: SecondFactorLoginInput) => apiPost<SessionView>('/api/auth/login/second-factor', input),
    onSuccess: started,
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
