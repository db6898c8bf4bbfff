import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MIN_COMPRESS_BYTES } from './precompress';

/**
 * Budget for the JavaScript the login page needs before it can render, in the bytes the server
 * sends a browser that accepts brotli and gzip (the `.br` copies written at build time).
 */
export const LOGIN_JS_BUDGET_KIB = 250;

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, ManifestChunk>;

/** One file's size as stored and as sent (`sentBytes`: the brotli copy, else the gzip copy, else the file). */
export type SentFile = { file: string; rawBytes: number; brBytes: number | undefined; gzBytes: number | undefined; sentBytes: number };

export type BundleSizeReport = {
  files: SentFile[];
  /** KiB sent to a browser that accepts brotli (every current browser over HTTPS). */
  totalKiB: number;
  /** KiB sent to a client that accepts gzip only. */
  gzipKiB: number;
  /** KiB of the files themselves, as a client without compression gets them. */
  rawKiB: number;
  /** Files large enough to compress that are sent whole because no compressed copy was built. */
  uncompressed: string[];
  budgetKiB: number;
  withinBudget: boolean;
};

function readManifest(webDir: string): Manifest {
  const manifestPath = path.join(webDir, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: build the web app first (npm run build)`);
  }
  return JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
}

/** Scripts index.html loads up front: the entry module and every modulepreload link. */
function scriptsInIndexHtml(webDir: string): string[] {
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const files: string[] = [];
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g;
  for (const match of html.matchAll(pattern)) if (match[1]) files.push(match[1]);
  return files;
}

/**
 * The files of the login page's initial JavaScript: the entry chunk and every chunk it imports
 * statically, transitively (lazy `import()` chunks are left out: they load after login).
 */
export function initialScriptFiles(webDir: string): string[] {
  const manifest = readManifest(webDir);
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error('The Vite manifest names no entry chunk');
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);
  // index.html is what the browser actually reads; count anything it preloads even if the
  // manifest walk missed it.
  for (const file of scriptsInIndexHtml(webDir)) files.add(file);
  return [...files].sort();
}

function sizeOf(file: string): number | undefined {
  return fs.existsSync(file) ? fs.statSync(file).size : undefined;
}

/** What the server sends for one built file: its precompressed copies' sizes, as written at build time. */
export function sentFile(webDir: string, file: string): SentFile {
  const full = path.join(webDir, file);
  const rawBytes = fs.statSync(full).size;
  const brBytes = sizeOf(`${full}.br`);
  const gzBytes = sizeOf(`${full}.gz`);
  return { file, rawBytes, brBytes, gzBytes, sentBytes: brBytes ?? gzBytes ?? rawBytes };
}

/**
 * Measures the login page's initial JavaScript as the server sends it (the precompressed copies
 * beside each file; a file without one is sent, and counted, whole) against the budget.
 */
export function measureLoginBundle(webDir: string, budgetKiB = LOGIN_JS_BUDGET_KIB): BundleSizeReport {
  const files = initialScriptFiles(webDir).map((file) => sentFile(webDir, file));
  const kib = (pick: (f: SentFile) => number) => files.reduce((sum, f) => sum + pick(f), 0) / 1024;
  const totalKiB = kib((f) => f.sentBytes);
  return {
    files,
    totalKiB,
    gzipKiB: kib((f) => f.gzBytes ?? f.rawBytes),
    rawKiB: kib((f) => f.rawBytes),
    uncompressed: files.filter((f) => f.rawBytes >= MIN_COMPRESS_BYTES && f.brBytes === undefined && f.gzBytes === undefined).map((f) => f.file),
    budgetKiB,
    withinBudget: totalKiB <= budgetKiB,
  };
}

/** Prints the report and returns whether it is within budget. */
export function printBundleReport(report: BundleSizeReport, log: (line: string) => void = console.log): boolean {
  for (const f of [...report.files].sort((a, b) => b.sentBytes - a.sentBytes)) {
    log(`  ${(f.sentBytes / 1024).toFixed(1).padStart(7)} KiB  ${f.file}`);
  }
  for (const file of report.uncompressed) log(`  ${file} has no compressed copy and is sent whole: was the build's precompress step skipped?`);
  const line =
    `Login page initial JS sent: ${report.totalKiB.toFixed(1)} KiB brotli (budget ${report.budgetKiB} KiB); ` +
    `${report.gzipKiB.toFixed(1)} KiB to gzip-only clients, ${report.rawKiB.toFixed(1)} KiB uncompressed`;
  log(report.withinBudget ? line : `${line} — OVER BUDGET`);
  return report.withinBudget;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const webDir = path.resolve(import.meta.dirname, '..', 'dist', 'web');
  try {
    const ok = printBundleReport(measureLoginBundle(webDir));
    process.exitCode = ok ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
