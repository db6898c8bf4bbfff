import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Vite from 'vite';
import { measureLoginBundle, printBundleReport } from './check-bundle-size';

const repoRoot = path.resolve(import.meta.dirname, '..');
const webDir = path.join(repoRoot, 'dist', 'web');
const builtIndex = path.join(webDir, 'index.html');

// What the build is made from; a change in any of these makes the build stale.
const SOURCES = ['src/web', 'src/shared', 'vite.config.ts', 'scripts/precompress.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Why the web app needs building, or null when dist/web is newer than every source. */
export function webBuildStaleReason(root = repoRoot): string | null {
  const index = path.join(root, 'dist', 'web', 'index.html');
  if (!fs.existsSync(index)) return 'dist/web/index.html is missing';
  const builtAt = fs.statSync(index).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(path.join(root, source)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

type Log = (line: string) => void;

async function loadVite(): Promise<typeof Vite | null> {
  try {
    return await import('vite');
  } catch {
    return null;
  }
}

/**
 * Builds the web app when dist/web is missing or older than its sources, then checks the
 * login page's JavaScript budget. Without Vite (a production install) an existing build is used.
 */
export async function ensureWebBuild(log: Log = console.log): Promise<void> {
  const reason = webBuildStaleReason();
  if (!reason) {
    log('Web app: dist/web is up to date.');
    return;
  }
  const vite = await loadVite();
  if (!vite) {
    if (fs.existsSync(builtIndex)) {
      log(`Web app: ${reason}, but Vite is not installed (production install); using the existing build.`);
      return;
    }
    throw new Error('Web app: dist/web is missing and Vite is not installed. Run `npm install` and try again.');
  }
  log(`Web app: ${reason}; building src/web → dist/web …`);
  const started = Date.now();
  // Vite takes NODE_ENV from the caller (Vitest sets it to "test"), which would ship React's
  // development build; the app served by the server is always the production build.
  const callerNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({ configFile: path.join(repoRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (callerNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerNodeEnv;
  }
  log(`Web app: built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (!printBundleReport(measureLoginBundle(webDir), log)) {
    throw new Error('Web app: the login page JavaScript is over its budget (see scripts/check-bundle-size.ts).');
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    await ensureWebBuild();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
