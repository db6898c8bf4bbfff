import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { LoginLimitPolicy } from '../../shared/users/login-limits.rules';

const boolFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * How far `X-Forwarded-*` headers are believed: not at all; a number of proxy hops in front of the
 * app (the client is the address the outermost trusted proxy saw, so entries a client forges to
 * the left of it are ignored); or the proxies' own addresses and ranges.
 */
export type TrustProxy = false | { hops: number } | { addresses: string[] };

const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(value: string): boolean {
  if (PROXY_RANGE_NAMES.has(value)) return true;
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    const lower = value.toLowerCase();
    if (['false', 'no', '0', ''].includes(lower)) return false;
    // `true` (and `1`, as before) means one proxy: the usual load balancer or reverse proxy.
    if (['true', 'yes'].includes(lower)) return { hops: 1 };
    if (/^\d+$/.test(lower)) {
      const hops = Number(lower);
      if (hops <= 20) return { hops };
    } else {
      const addresses = value.split(',').map((a) => a.trim());
      if (addresses.every(isAddressOrRange)) return { addresses };
    }
    ctx.addIssue({ code: 'custom', message: 'expected false, a number of proxy hops (1–20) or proxy addresses/ranges' });
    return z.NEVER;
  });

/**
 * How the SMTP connection is protected: `tls` from the first byte (usually port 465), `starttls`
 * upgraded and required (usually 587), or `none` (a relay on a trusted network only).
 */
export type SmtpSecurity = 'tls' | 'starttls' | 'none';

const smtpSecurity = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value, ctx): SmtpSecurity => {
    if (['tls', 'true', 'ssl', 'yes', '1'].includes(value)) return 'tls';
    if (value === 'starttls') return 'starttls';
    if (['none', 'false', 'no', '0'].includes(value)) return 'none';
    ctx.addIssue({ code: 'custom', message: 'expected tls, starttls or none' });
    return z.NEVER;
  });

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const mailbox = z
  .string()
  .trim()
  .refine((value) => EMAIL.test(value) || /^[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>$/.test(value), 'expected an address or Name <address>');

/** The outgoing mail server, when one is configured. */
export type SmtpConfig = {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string | undefined;
  password: string | undefined;
  from: string;
};

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  SEED_DEMO: boolFlag.optional(),
  // Seals TOTP secrets at rest (decision 015): 32 random bytes in base64, e.g. `openssl rand -base64 32`.
  SECRET_ENCRYPTION_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'expected 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).optional(),
  LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(200),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_FIRST_DELAY_SECONDS: z.coerce.number().int().min(1).default(1),
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).default(300),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  HTTP_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  HTTP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** How long SIGTERM waits for requests under way and running jobs before it cuts them (decision 023). */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(25),
  TRUST_PROXY: trustProxy.default(false),
  TIME_ZONE: z
    .string()
    .default('Europe/Stockholm')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'unknown time zone'),
  /** The address users reach the app at; links in mails point here. */
  PUBLIC_URL: z.string().url().optional(),
  /** Outgoing mail server; without it mail stays queued in the outbox (decision 009). */
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_SECURE: smtpSecurity.optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** The sender of every mail: an address, or a name and an address (`Samverkan <noreply@example.se>`). */
  MAIL_FROM: mailbox.optional(),
  /** Staff single sign-on (decision 014): on when the issuer and the client id are both set. */
  OIDC_ISSUER: z.string().trim().url().optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().trim().min(1).default('openid profile email'),
  OIDC_GROUPS_CLAIM: z.string().trim().min(1).default('groups'),
  OIDC_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
  OIDC_BUTTON_LABEL: z.string().trim().min(1).max(100).optional(),
  /** The bearer token Prometheus scrapes /metrics with (decision 018); without it /metrics is off. */
  METRICS_TOKEN: z.string().trim().min(32, 'expected at least 32 characters (openssl rand -hex 32)').optional(),
  /** Where the audit chain head is appended every 15 minutes (decision 022); default <DATA_DIR>/audit-heads.jsonl. */
  AUDIT_HEAD_FILE: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  seedDemo: boolean;
  /** The key sealing TOTP secrets; without it the database keeps its own (decision 015). */
  secretEncryptionKey: Buffer | undefined;
  loginLimits: LoginLimitPolicy;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  bodyLimitBytes: number;
  /** How long a shutdown waits for requests and jobs under way (decision 023). */
  shutdownTimeoutMs: number;
  trustProxy: TrustProxy;
  logLevel: string;
  timeZone: string;
  /** The app's public address without a trailing slash (links in mails). */
  publicUrl: string;
  /** The SMTP server mail is delivered through; undefined keeps mail in the outbox. */
  smtp: SmtpConfig | undefined;
  /** Staff single sign-on with OpenID Connect; undefined when it is not configured. */
  oidc: OidcConfig | undefined;
  /** The token /metrics answers to; undefined leaves /metrics unregistered (decision 018). */
  metricsToken: string | undefined;
  /** The file the audit chain head is appended to, one JSON line per publication (decision 022). */
  auditHeadFile: string;
};

/** The OpenID Connect provider staff sign in with (decision 014). */
export type OidcConfig = {
  issuer: string;
  clientId: string;
  /** Undefined for a public client (PKCE alone). */
  clientSecret: string | undefined;
  scopes: string;
  groupsClaim: string;
  clockToleranceSeconds: number;
  /** The sign-in button's text instead of the default, when set. */
  buttonLabel: string | undefined;
  /** Plain HTTP is allowed only for a provider on the loopback address (tests, local trials). */
  allowInsecureRequests: boolean;
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function oidcConfig(e: z.infer<typeof envSchema>): OidcConfig | undefined {
  if ((e.OIDC_ISSUER === undefined) !== (e.OIDC_CLIENT_ID === undefined)) {
    throw new Error('Invalid configuration:\n  OIDC_ISSUER and OIDC_CLIENT_ID must be set together');
  }
  if (e.OIDC_ISSUER === undefined || e.OIDC_CLIENT_ID === undefined) return undefined;
  const issuer = new URL(e.OIDC_ISSUER);
  const loopback = LOOPBACK_HOSTS.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback)) {
    throw new Error('Invalid configuration:\n  OIDC_ISSUER must use https (plain http only on the loopback address)');
  }
  if (!e.OIDC_SCOPES.split(/\s+/).includes('openid')) {
    throw new Error('Invalid configuration:\n  OIDC_SCOPES must include openid');
  }
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    scopes: e.OIDC_SCOPES,
    groupsClaim: e.OIDC_GROUPS_CLAIM,
    clockToleranceSeconds: e.OIDC_CLOCK_TOLERANCE_SECONDS,
    buttonLabel: e.OIDC_BUTTON_LABEL,
    allowInsecureRequests: issuer.protocol === 'http:',
  };
}

function smtpConfig(e: z.infer<typeof envSchema>): SmtpConfig | undefined {
  const problems: string[] = [];
  if ((e.SMTP_USER === undefined) !== (e.SMTP_PASSWORD === undefined)) problems.push('SMTP_USER and SMTP_PASSWORD must be set together');
  if (e.SMTP_HOST === undefined) {
    const stray = (['SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD'] as const).filter((name) => e[name] !== undefined);
    if (stray.length > 0) problems.push(`${stray.join(', ')} set without SMTP_HOST`);
  } else if (e.MAIL_FROM === undefined) {
    problems.push('MAIL_FROM must be set together with SMTP_HOST');
  }
  if (problems.length > 0) throw new Error(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  if (e.SMTP_HOST === undefined || e.MAIL_FROM === undefined) return undefined;
  const security = e.SMTP_SECURE ?? (e.SMTP_PORT === 465 ? 'tls' : 'starttls');
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT ?? (security === 'tls' ? 465 : 587),
    security,
    user: e.SMTP_USER,
    password: e.SMTP_PASSWORD,
    from: e.MAIL_FROM,
  };
}

/** Reads and validates the environment once at start; a bad value stops the process with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if ((e.ADMIN_EMAIL === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new Error('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  // A cap as long as the window would let a patient guesser's failures be forgotten between tries.
  if (e.LOGIN_MAX_DELAY_SECONDS >= e.LOGIN_WINDOW_MINUTES * 60) {
    throw new Error('Invalid configuration:\n  LOGIN_MAX_DELAY_SECONDS must be shorter than LOGIN_WINDOW_MINUTES');
  }
  if (e.LOGIN_FIRST_DELAY_SECONDS > e.LOGIN_MAX_DELAY_SECONDS) {
    throw new Error('Invalid configuration:\n  LOGIN_FIRST_DELAY_SECONDS must not exceed LOGIN_MAX_DELAY_SECONDS');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminEmail: e.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD,
    // Demo data only on the embedded database unless asked for explicitly.
    seedDemo: e.SEED_DEMO ?? e.DATABASE_URL === undefined,
    secretEncryptionKey: e.SECRET_ENCRYPTION_KEY === undefined ? undefined : Buffer.from(e.SECRET_ENCRYPTION_KEY, 'base64'),
    loginLimits: {
      freeFailures: {
        account_address: e.LOGIN_MAX_FAILURES,
        // An account is tried from several addresses by its owner too (office, home, phone).
        account: e.LOGIN_ACCOUNT_MAX_FAILURES ?? 4 * e.LOGIN_MAX_FAILURES,
        address: e.LOGIN_ADDRESS_MAX_FAILURES,
      },
      firstDelaySeconds: e.LOGIN_FIRST_DELAY_SECONDS,
      maxDelaySeconds: e.LOGIN_MAX_DELAY_SECONDS,
      windowSeconds: e.LOGIN_WINDOW_MINUTES * 60,
    },
    requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    connectionTimeoutMs: e.HTTP_CONNECTION_TIMEOUT_MS,
    bodyLimitBytes: e.HTTP_BODY_LIMIT_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    timeZone: e.TIME_ZONE,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtp: smtpConfig(e),
    oidc: oidcConfig(e),
    metricsToken: e.METRICS_TOKEN,
    auditHeadFile: path.resolve(e.AUDIT_HEAD_FILE ?? path.join(e.DATA_DIR, 'audit-heads.jsonl')),
  };
}
