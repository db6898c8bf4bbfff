import path from 'node:path';
import { z } from 'zod';

const boolFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  SEED_DEMO: boolFlag.optional(),
  SESSION_IDLE_TIMEOUT_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_TIMEOUT_MINUTES: z.coerce.number().int().min(1).default(720),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  HTTP_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  HTTP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  TRUST_PROXY: boolFlag.default(false),
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
  sessionIdleMinutes: number;
  sessionAbsoluteMinutes: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  bodyLimitBytes: number;
  trustProxy: boolean;
  logLevel: string;
  timeZone: string;
};

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
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminEmail: e.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD,
    // Demo data only on the embedded database unless asked for explicitly.
    seedDemo: e.SEED_DEMO ?? e.DATABASE_URL === undefined,
    sessionIdleMinutes: e.SESSION_IDLE_TIMEOUT_MINUTES,
    sessionAbsoluteMinutes: e.SESSION_ABSOLUTE_TIMEOUT_MINUTES,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    connectionTimeoutMs: e.HTTP_CONNECTION_TIMEOUT_MS,
    bodyLimitBytes: e.HTTP_BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    timeZone: e.TIME_ZONE,
  };
}
