import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig, TrustProxy } from './config/env';
import type { DatabaseHandle } from './db/database';
import { registerAuthHook } from './http/auth-hook';
import { frameworkErrorHandler, registerErrorHandler, sendProblem } from './http/error-handler';
import { registerLifecycle } from './http/graceful-shutdown';
import { registerInputGuard } from './http/input-guard';
import './http/fastify-types';
import { translate } from './http/problem-messages';
import { registerSecurityHeaders } from './http/security';
import { registerWebApp, sendAppShell } from './http/web-app';
import { auditRoutes } from './modules/audit/audit.routes';
import { MAX_FILE_BYTES } from './modules/files/file-limits';
import { createFileStorage } from './modules/files/file-storage';
import { registerOrphanBlobsJob } from './modules/files/orphan-blobs.job';
import { cooperationsPlugin } from './modules/cooperations/cooperations.plugin';
import { guidancePlugin } from './modules/cooperations/guidance.plugin';
import { planPlugin } from './modules/followup/plan.plugin';
import { governancePlugin } from './modules/governance/governance.plugin';
import { governanceStructurePlugin } from './modules/governance/structure.plugin';
import { lifecyclePlugin } from './modules/lifecycle/lifecycle.plugin';
import { followUpRecordPlugin } from './modules/followup/follow-up-record.plugin';
import { economyPlugin } from './modules/followup/economy.plugin';
import { agreementsPlugin } from './modules/agreements/agreements.plugin';
import { healthRoutes } from './modules/health/health.routes';
import { createMetricsRegistry, registerDisabledMetricsRoute, registerMetricsRoute } from './modules/health/metrics';
import { initiativesPlugin } from './modules/initiatives/initiatives.plugin';
import { reviewPlugin } from './modules/initiatives/review.plugin';
import { democracyRoutes } from './modules/organisations/democracy.routes';
import { documentRoutes } from './modules/organisations/document.routes';
import { importRoutes } from './modules/organisations/import.routes';
import { organisationRoutes } from './modules/organisations/organisation.routes';
import { referenceRoutes } from './modules/organisations/reference.routes';
import { apiTokenRoutes } from './modules/users/api-token.routes';
import { authRoutes } from './modules/users/auth.routes';
import { ssoRoutes } from './modules/users/sso.routes';
import { userRoutes } from './modules/users/user.routes';
import { publicPlugin } from './modules/public/public.plugin';
import { partnerReportRoutes } from './modules/partner/partner-report.routes';
import { portalPlugin } from './modules/portal/portal.plugin';
import { vidaPlugin } from './modules/followup/vida.plugin';
import { deviationRoutes } from './modules/deviations/deviation.routes';
import { measurementPlugin } from './modules/followup/measurement.plugin';
import { workQueueRoutes } from './modules/work-queue/work-queue.routes';
import { newsletterRoutes } from './modules/newsletter/newsletter.routes';
import { notificationRoutes } from './modules/notifications/notification.routes';
import type { JobRunnerOptions } from './modules/jobs/job-runner';
import { AppJobs, registerJobRunner } from './modules/jobs/jobs';
import { jobsAdminRoutes } from './modules/jobs/jobs-admin.routes';
import { reportsPlugin } from './modules/reports/reports.plugin';
import { employersPlugin } from './modules/employers/employers.plugin';
import type { MailDeliveryPolicy } from './modules/mail/mail-delivery.service';
import { mailPlugin } from './modules/mail/mail.plugin';
import { partnerAccountsRoutes } from './modules/partner-accounts/partner-accounts.routes';
import type { SmtpTimeouts } from './modules/mail/mail.sender';
import { appVersion } from './version';

export type BuildAppOptions = {
  config: AppConfig;
  database: DatabaseHandle;
  /** Folder of the built web app; not served when absent (API-only tests). */
  webDir?: string | undefined;
  logger?: boolean;
  /**
   * Runs the background jobs (termination sweep, mail delivery, …) in this process while the app
   * is up; when absent nothing runs in the background (API-only tests).
   */
  jobs?: JobRunnerOptions | undefined;
  /** Overrides of mail delivery's retry policy and SMTP timeouts (tests shorten them). */
  mail?: { policy?: Partial<MailDeliveryPolicy>; timeouts?: Partial<SmtpTimeouts> } | undefined;
};

/**
 * Fastify's form of the trusted proxies. A hop count becomes a function that trusts the first
 * `hops` addresses counted from the socket, as Fastify's own numeric option once did (it now
 * trusts nothing for a number): the client address is then the one the outermost trusted proxy
 * saw, and whatever a client puts further left in X-Forwarded-For is ignored.
 */
function fastifyTrustProxy(trust: TrustProxy): boolean | string | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if ('addresses' in trust) return trust.addresses.join(',');
  const { hops } = trust;
  return (_address, hop) => hop < hops;
}

/** Assembles the HTTP application around an open database; nothing here opens connections. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    genReqId: () => randomUUID(),
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: config.bodyLimitBytes,
    connectionTimeout: config.connectionTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: 5_000,
    // On close: requests under way finish, new ones on kept-alive sockets get 503, idle
    // keep-alive sockets are closed so they do not hold the close up (decision 023).
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    frameworkErrors: frameworkErrorHandler,
  });
  // The API speaks JSON only (uploads get their own parser where they are accepted).
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('databaseKind', database.kind);
  app.decorate('appVersion', appVersion());
  app.decorate('timeZone', config.timeZone);
  app.decorate('publicUrl', config.publicUrl);
  app.decorate('authSettings', { loginLimits: config.loginLimits, secretEncryptionKey: config.secretEncryptionKey });
  app.decorate('routeAccess', new Map());
  app.decorate('fileStorage', createFileStorage());
  app.decorate('jobs', new AppJobs());
  registerLifecycle(app);

  // Every API route must say who may call it; the docs and the web app are public by nature.
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) {
      route.config = { ...(route.config ?? {}), access: route.config?.access ?? 'public' };
      return;
    }
    const access = route.config?.access;
    if (access === undefined) throw new Error(`Route ${String(route.method)} ${url} declares no access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeAccess.set(`${method} ${url}`, access);
    }
  });

  registerSecurityHeaders(app);
  registerErrorHandler(app);
  await app.register(cookie);
  // Uploads are read by the routes that accept them, under the files domain's own size cap;
  // one byte over the cap lets the reader tell "too large" from "exactly at the limit".
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES + 1, files: 1, fields: 10, parts: 12 } });
  registerAuthHook(app);
  registerInputGuard(app);
  // Only with a token: an unprotected /metrics would tell anyone about traffic and queues (decision 018).
  // Without one it answers 404 rather than falling through to the web app's page.
  if (config.metricsToken) registerMetricsRoute(app, createMetricsRegistry(app, database), config.metricsToken);
  else registerDisabledMetricsRoute(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Samverkan API', version: appVersion() },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'samverkan_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(ssoRoutes, { oidc: config.oidc });
  await app.register(userRoutes);
  await app.register(apiTokenRoutes);
  await app.register(auditRoutes, { headFile: config.auditHeadFile });
  // File content lives in the database (decision 019); the files domain has no routes of its own.
  registerOrphanBlobsJob(app);
  await app.register(referenceRoutes);
  await app.register(organisationRoutes);
  await app.register(democracyRoutes);
  await app.register(documentRoutes);
  await app.register(importRoutes);
  await app.register(guidancePlugin);
  await app.register(initiativesPlugin);
  await app.register(reviewPlugin);
  await app.register(vidaPlugin);
  await app.register(cooperationsPlugin);
  await app.register(governancePlugin);
  await app.register(agreementsPlugin);
  await app.register(publicPlugin);
  await app.register(lifecyclePlugin);
  await app.register(partnerReportRoutes);
  await app.register(portalPlugin);
  await app.register(deviationRoutes);
  await app.register(followUpRecordPlugin);
  await app.register(planPlugin);
  await app.register(governanceStructurePlugin);
  await app.register(measurementPlugin);
  await app.register(economyPlugin);
  await app.register(workQueueRoutes);
  await app.register(newsletterRoutes);
  await app.register(notificationRoutes);
  await app.register(mailPlugin, { smtp: config.smtp, policy: options.mail?.policy, timeouts: options.mail?.timeouts });
  await app.register(jobsAdminRoutes);
  await app.register(reportsPlugin);
  await app.register(employersPlugin);
  await app.register(partnerAccountsRoutes, { smtpConfigured: config.smtp !== undefined });
  // Last, when every module has declared its jobs.
  if (options.jobs) registerJobRunner(app, database, options.jobs);

  const servesWebApp = options.webDir ? await registerWebApp(app, options.webDir) : false;

  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && !req.url.startsWith('/api/') && req.url !== '/api';
    // A missing asset (an old page asking for a chunk a newer build replaced) is a 404, not the
    // app shell served as JavaScript.
    if (wantsPage && servesWebApp && !req.url.startsWith('/assets/')) return sendAppShell(reply);
    return sendProblem(reply, {
      type: 'urn:samverkan:problem:route_not_found',
      title: translate('route_not_found', req.language ?? 'sv'),
      status: 404,
      code: 'route_not_found',
    });
  });

  return app;
}
