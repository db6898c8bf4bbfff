import type { SessionPolicy } from '../../../shared/users/two-factor.rules';
import type { Db } from '../../db/database';
import { readSetting, whenSettingsChange } from '../organisations/settings.service';

/** The sign-in settings every request needs: the session timeouts and whether a second factor is required. */
export type AuthPolicy = { session: SessionPolicy; twoFactorRequired: boolean };

/**
 * How long a process keeps the policy it read. Sessions are resolved on every request, and three
 * setting reads each time would double the cost of a simple page; a changed setting therefore
 * applies at once in the process that saved it and in every other process within this time
 * (decision 015).
 */
export const AUTH_POLICY_CACHE_MS = 30_000;

const cache = new WeakMap<Db, { policy: AuthPolicy; readAt: number }>();

// The process that saves a sign-in setting forgets its copy, so the administrator sees it apply at once.
whenSettingsChange((db, keys) => {
  if (keys.some((key) => key.startsWith('auth.'))) cache.delete(db);
});

/** The sign-in policy from the settings, read at most once per {@link AUTH_POLICY_CACHE_MS} per database handle. */
export async function currentAuthPolicy(db: Db): Promise<AuthPolicy> {
  const now = Date.now();
  const cached = cache.get(db);
  if (cached && now - cached.readAt < AUTH_POLICY_CACHE_MS && now >= cached.readAt) return cached.policy;
  const [idleMinutes, absoluteMinutes, twoFactorRequired] = await Promise.all([
    readSetting(db, 'auth.session_idle_minutes'),
    readSetting(db, 'auth.session_absolute_minutes'),
    readSetting(db, 'auth.two_factor_required'),
  ]);
  const policy = { session: { idleMinutes, absoluteMinutes }, twoFactorRequired };
  cache.set(db, { policy, readAt: now });
  return policy;
}
