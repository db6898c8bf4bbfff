import { todayIn } from '../../shared/time/dates';
import type { Role } from '../../shared/users/roles';

/** The time zone of dates when no configuration is at hand (commands, tests). */
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** Who is acting: a logged-in user, an integration's API token, the public, or the system itself. */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      email: string;
      name: string;
      roles: Role[];
      sessionIdHash: string;
      csrfToken: string;
      /** A generated password must be replaced before anything else is allowed. */
      mustChangePassword: boolean;
      /** Issue 15: a second factor must be enrolled before anything else (absent: not required). */
      twoFactorEnrolmentRequired?: boolean;
    }
  | { kind: 'token'; tokenId: string; name: string; roles: Role[] }
  | { kind: 'anonymous' }
  | { kind: 'system'; label: string };

/** Everything a service needs to know about the request it serves: the actor and audit metadata. */
export type RequestContext = {
  actor: Actor;
  requestId: string | null;
  ip: string | null;
  /** Today's date (YYYY-MM-DD) in the instance's time zone, fixed for the whole request. */
  today: string;
};

/** The roles an actor holds; the public and the system hold none. */
export function rolesOf(actor: Actor): Role[] {
  return actor.kind === 'user' || actor.kind === 'token' ? actor.roles : [];
}

/** A context for work the system does by itself (first run, seed, scheduled jobs). */
export function systemContext(label: string, today = todayIn(DEFAULT_TIME_ZONE)): RequestContext {
  return { actor: { kind: 'system', label }, requestId: null, ip: null, today };
}
