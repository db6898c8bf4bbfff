/**
 * How the wait before the next login attempt is told: in seconds while it is under a minute (the
 * first waits after a few wrong passwords are short), else in minutes rounded up.
 */
export function loginWait(retryAfterSeconds: number | undefined): { key: 'auth.rateLimitedSeconds' | 'auth.rateLimited'; count: number } {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds ?? 60));
  return seconds < 60 ? { key: 'auth.rateLimitedSeconds', count: seconds } : { key: 'auth.rateLimited', count: Math.ceil(seconds / 60) };
}
