import type { Permission } from '../../shared/users/permissions.rules';
import type { Db, DatabaseKind } from '../db/database';
import type { FileStorage } from '../modules/files/file-storage';
import type { AppJobs } from '../modules/jobs/jobs';
import type { AuthSettings } from '../modules/users/auth.service';
import type { Lifecycle } from './graceful-shutdown';
import type { Language } from './language';
import type { RequestContext } from './request-context';

/**
 * Who may call a route: anyone, any logged-in user or token, or holders of a permission.
 * Every /api route declares one; the app refuses to start otherwise.
 */
export type Access = 'public' | 'authenticated' | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * The route checks a credential of its own (such as `/metrics` with its bearer token): the
     * auth hook leaves the caller anonymous and never reads its Authorization header as an API token.
     */
    ownCredentials?: true;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    language: Language;
    /** Set when the caller authenticated with a session cookie (writes then need a CSRF token). */
    viaCookie: boolean;
  }
  interface FastifyInstance {
    db: Db;
    databaseKind: DatabaseKind;
    authSettings: AuthSettings;
    routeAccess: Map<string, Access>;
    appVersion: string;
    timeZone: string;
    /** The app's public address (links in mails), without a trailing slash. */
    publicUrl: string;
    fileStorage: FileStorage;
    /** Background jobs: modules declare theirs here; a runner works them when the app runs one. */
    jobs: AppJobs;
    /** Whether the process is shutting down, and the requests under way (decision 023). */
    lifecycle: Lifecycle;
  }
}
