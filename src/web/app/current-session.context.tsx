import { createContext, use } from 'react';
import type { SessionView } from '../../shared/users/auth.schemas';
import { hasPermission, type Permission } from '../../shared/users/permissions.rules';

export const CurrentSessionContext = createContext<SessionView | null>(null);

/** The logged-in session; available on every page inside the app shell. */
export function useCurrentSession(): SessionView {
  const session = use(CurrentSessionContext);
  if (!session) throw new Error('useCurrentSession must be used inside the app shell');
  return session;
}

/** Whether the logged-in user holds a permission (the server checks the same rule). */
export function useCan(permission: Permission): boolean {
  return hasPermission(useCurrentSession().user.roles, permission);
}
