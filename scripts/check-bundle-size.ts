import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budget for the JavaScript the login page needs before it can render (gzipped). */
export const LOGIN_JS_BUDGET_KIB = 300;

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, ManifestChunk>;

export type BundleSizeReport = {
  files: { file: string; gzipBytes: number }[];
  totalKiB: number;
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

/** Measures the gzipped size of the login page's initial JavaScript against the budget. */
export function measureLoginBundle(webDir: string, budgetKiB = LOGIN_JS_BUDGET_KIB): BundleSizeReport {
  const files = initialScriptFiles(webDir).map((file) => ({
    file,
    gzipBytes: gzipSync(fs.readFileSync(path.join(webDir, file))).length,
  }));
  const totalKiB = files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024;
  return { files, totalKiB, budgetKiB, withinBudget: totalKiB <= budgetKiB };
}

/** Prints the report and returns whether it is within budget. */
export function printBundleReport(report: BundleSizeReport, log: (line: string) => void = console.log): boolean {
  for (const f of [...report.files].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    log(`  ${(f.gzipBytes / 1024).toFixed(1).padStart(7)} KiB  ${f.file}`);
  }
  const line = `Login page initial JS: ${report.totalKiB.toFixed(1)} KiB gzipped (budget ${report.budgetKiB} KiB)`;
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
