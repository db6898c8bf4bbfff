import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  RecoveryCodesView,
  SessionListView,
  TwoFactorEnrolmentView,
  TwoFactorStatusView,
} from '../../../shared/users/two-factor.schemas';
import { apiGet, apiPost, apiRequest } from '../../api/client';
import { sessionKey } from './api';

const twoFactorKey = ['two-factor'] as const;
const sessionsKey = ['own-sessions'] as const;

/** The caller's second factor: none, pending or enrolled; whether it is required. */
export const twoFactorStatusQueryOptions = queryOptions({
  queryKey: twoFactorKey,
  queryFn: ({ signal }) => apiGet<TwoFactorStatusView>('/api/auth/two-factor', signal),
});

/** The caller's second factor. */
export function useTwoFactorStatus() {
  return useQuery(twoFactorStatusQueryOptions);
}

/** Starts (or starts over) enrolment: a new secret as a QR code and a typed key. */
export function useStartEnrolment() {
  return useMutation({ mutationFn: () => apiPost<TwoFactorEnrolmentView>('/api/auth/two-factor/enrolment') });
}

/** Confirms enrolment with a first code; the answer holds the recovery codes, shown once. */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiPost<RecoveryCodesView>('/api/auth/two-factor/enrolment/confirm', { code }),
    // The session no longer asks for enrolment; the status changed.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: twoFactorKey }), queryClient.invalidateQueries({ queryKey: sessionKey })]),
  });
}

/** New recovery codes after a current code. */
export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiPost<RecoveryCodesView>('/api/auth/two-factor/recovery-codes', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKey }),
  });
}

/** Turns one's own second factor off after a current code. */
export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiPost<void>('/api/auth/two-factor/disable', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKey }),
  });
}

/** The caller's own active sessions. */
export function useOwnSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: ({ signal }) => apiGet<SessionListView>('/api/auth/sessions', signal) });
}

/** Ends one of the caller's other sessions. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Ends every session of the caller but this one. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<{ ended: number }>('/api/auth/sessions/sign-out-everywhere'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** An administrator resets another user's second factor. */
export function useResetTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiPost<void>(`/api/users/${encodeURIComponent(userId)}/two-factor/reset`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
