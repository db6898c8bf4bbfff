import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { workQueueKey } from '../features/work-queue/api';

export type SessionEvents = {
  /** A 401 outside login: the session ended (idle timeout, logout elsewhere, account disabled). */
  onSessionLost: () => void;
  /** The server refuses work until the temporary password is replaced. */
  onPasswordChangeRequired: () => void;
  /** Issue 15: the server refuses work until a required second factor is enrolled. */
  onTwoFactorEnrolmentRequired?: () => void;
};

/** One query client for the app, routing session-ending answers of any call to `events`. */
export function createQueryClient(events: SessionEvents): QueryClient {
  const handle = (error: unknown, key?: readonly unknown[]) => {
    if (!isApiError(error)) return;
    if (error.status === 401 && key?.[0] !== 'session') events.onSessionLost();
    if (error.status === 403 && error.code === 'password_change_required') events.onPasswordChangeRequired();
    if (error.status === 403 && error.code === 'two_factor_enrolment_required') events.onTwoFactorEnrolmentRequired?.();
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handle(error, query.queryKey) }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        // A wrong password at login is a 401 too, and must stay on the form.
        if (mutation.options.mutationKey?.[0] !== 'login') handle(error);
      },
      // Issue 12: any change may resolve an "Att göra" item, so the list and the menu's count are
      // read again after every successful change (not at login or logout, which clear the cache).
      onSuccess: (_data, _vars, _ctx, mutation) => {
        const key = mutation.options.mutationKey?.[0];
        if (key !== 'login' && key !== 'logout') void client.invalidateQueries({ queryKey: workQueueKey });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !isApiError(error) || (error.status >= 500 && count < 2),
      },
    },
  });
  return client;
}
