import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * PostgreSQL's own client programs (`pg_dump`, `pg_restore`) do the dump and the restore: they
 * know every object type the server has, and a dump taken by them is one snapshot.
 */
export type PgTool = 'pg_dump' | 'pg_restore';

/** Thrown when a client program is not installed where we look. */
export class PgToolMissingError extends Error {
  constructor(tool: PgTool, looked: string) {
    super(
      `Hittar inte ${tool} (${looked}). Installera PostgreSQL:s klientprogram (Debian/Ubuntu: apt install postgresql-client) ` +
        `eller peka ut mappen med PG_BIN_DIR. (${tool} not found in ${looked}; install the PostgreSQL client tools or set PG_BIN_DIR.)`,
    );
    this.name = 'PgToolMissingError';
  }
}

/** The path of a client program: in PG_BIN_DIR when set, else the first one on PATH. */
export function findPgTool(tool: PgTool, env: NodeJS.ProcessEnv = process.env): string {
  const dirs = env.PG_BIN_DIR ? [env.PG_BIN_DIR] : (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    const candidate = path.join(dir, tool);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // Not here; the next directory.
    }
  }
  throw new PgToolMissingError(tool, env.PG_BIN_DIR ? `PG_BIN_DIR=${env.PG_BIN_DIR}` : 'PATH');
}

/**
 * Splits a connection string into what goes on the command line (the URL without its password)
 * and the environment (PGPASSWORD), so the password never shows in the process list.
 */
export function pgConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const env: Record<string, string> = {};
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  const password = parsed.searchParams.get('password');
  if (password !== null) {
    env.PGPASSWORD = password;
    parsed.searchParams.delete('password');
  }
  return { dbname: parsed.toString(), env };
}

/** A connection string safe to print: the password replaced by stars. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
  return parsed.toString();
}

/** Runs a client program against a database; rejects with its last lines of output on failure. */
export async function runPgTool(tool: PgTool, url: string, args: string[]): Promise<void> {
  const binary = findPgTool(tool);
  const { dbname, env } = pgConnection(url);
  const child = spawn(binary, [...args, `--dbname=${dbname}`], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`${tool} misslyckades (${tool} failed, exit code ${code}):\n${stderr.trim()}`);
}
