import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../src/server/db/database';
import { adminUrl, databaseUrl, uniqueDatabaseName } from './postgres-urls';
import { waitFor } from './wait-for';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const TEST_ADMIN = { email: 'admin@process.test', password: 'a-long-process-test-password' };

/** One running app process (`src/server/main.ts`), as an operator would start it. */
export type AppProcess = {
  /** `http://127.0.0.1:<port>`, the port the process got from the system. */
  baseUrl: string;
  /** This process's own data folder (removed by `stop`). */
  dataDir: string;
  /** Everything the process wrote so far (for assertions and failure messages). */
  stdout: () => string;
  stderr: () => string;
  /** Sends a signal; the process decides what to do with it. */
  kill: (signal?: NodeJS.Signals) => void;
  /** Settles with the exit code (or the signal that ended it) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills the process if it still runs (SIGKILL after a grace period) and removes its data folder. */
  stop: () => Promise<void>;
};

export type AppProcessOptions = {
  /** The database the process uses; omitted means the embedded database in its own data folder. */
  databaseUrl?: string;
  /** More environment variables, overriding the defaults (e.g. SHUTDOWN_TIMEOUT_SECONDS). */
  env?: Record<string, string>;
  /** How long to wait for `/api/health/ready`; starting under tsx on a busy machine takes a while. */
  readyTimeoutMs?: number;
};

/** The text captured from a process, for a failure message. */
export function describeOutput(app: Pick<AppProcess, 'stdout' | 'stderr'>): string {
  return `--- stdout ---\n${app.stdout().slice(-4000)}\n--- stderr ---\n${app.stderr().slice(-4000)}`;
}

/**
 * Starts the real app in a child process, as `npm start` would but through tsx, with its own data
 * folder and a port of the system's choosing, and waits until `/api/health/ready` answers 200.
 * Several can run on one PostgreSQL database. No web build is needed: without `dist/web` the
 * process serves the API only. The first administrator is `TEST_ADMIN`; no demo data, no metrics.
 */
export async function startAppProcess(options: AppProcessOptions = {}): Promise<AppProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-process-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    TMPDIR: os.tmpdir(),
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: 'info',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  };
  // Node itself with tsx as a loader, not the tsx command: that one runs the app in a child of its
  // own, so a SIGKILL would end only the wrapper and leave the app running.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let gone = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      gone = true;
      resolve({ code, signal });
    });
  });
  const output = { stdout: () => stdout, stderr: () => stderr };
  const stop = async () => {
    if (!gone) {
      child.kill('SIGKILL');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    // Fastify logs the address it listens on; with PORT=0 that is the only place the port shows.
    const port = await waitFor(
      () => {
        if (gone) throw new Error(`The app process exited before it listened.\n${describeOutput(output)}`);
        return /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1];
      },
      'the app process listens',
      options.readyTimeoutMs ?? 90_000,
    );
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(
      async () => {
        if (gone) throw new Error(`The app process exited before it was ready.\n${describeOutput(output)}`);
        const response = await fetch(`${baseUrl}/api/health/ready`).catch(() => undefined);
        return response?.status === 200;
      },
      'the app process is ready',
      30_000,
    );
    return { baseUrl, dataDir, ...output, kill: (signal = 'SIGTERM') => void child.kill(signal), exited, stop };
  } catch (error) {
    await stop();
    if (error instanceof Error && !error.message.includes('--- stdout ---')) error.message += `\n${describeOutput(output)}`;
    throw error;
  }
}

/** A new, empty PostgreSQL database on the test server (not even migrated); `drop` removes it. */
export async function createEmptyPostgresDatabase(baseUrl: string, prefix = 'samverkan_process'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = uniqueDatabaseName(prefix);
  const admin = await openDatabase({ kind: 'postgres', url: adminUrl(baseUrl), poolSize: 1 });
  try {
    await sql.raw(`CREATE DATABASE "${name}"`).execute(admin.db);
  } finally {
    await admin.close();
  }
  return {
    url: databaseUrl(baseUrl, name),
    drop: async () => {
      const again = await openDatabase({ kind: 'postgres', url: adminUrl(baseUrl), poolSize: 1 });
      try {
        await sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).execute(again.db);
      } finally {
        await again.close();
      }
    },
  };
}
