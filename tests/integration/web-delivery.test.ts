import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialScriptFiles, LOGIN_JS_BUDGET_KIB, measureLoginBundle } from '../../scripts/check-bundle-size';
import { webBuildStaleReason } from '../../scripts/ensure-web-build';
import { precompressDirectory } from '../../scripts/precompress';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config/env';
import type { DatabaseHandle } from '../../src/server/db/database';
import { createTestDatabase } from '../support/test-database';

// How the server delivers the web app: the brotli or gzip copy written at build time by
// Accept-Encoding, hashed assets cacheable for a year, the app shell revalidated on every visit,
// and the login page's transfer — what the budget check measures — within the budget.

const BROWSER = 'gzip, deflate, br, zstd';
const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** A small build as Vite lays it out: an entry, a preloaded chunk, a lazy chunk, CSS and the manifest. */
function writeFixtureBuild(dir: string): void {
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  };
  const module = (name: string, lines: number) =>
    Array.from({ length: lines }, (_, i) => `export function ${name}${i}(props){return props.items.map((item)=>({id:item.id,label:"${name} ${i} åäö"+item.name}));}`).join('\n');
  write(
    'index.html',
    `<!doctype html><html lang="sv"><head><meta charset="UTF-8"><title>Samverkan</title>
<script type="module" crossorigin src="/assets/index-Bq3x9ZkA.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-D4kP1mQe.js">
<link rel="stylesheet" crossorigin href="/assets/index-C7wLr2Tn.css"></head>
<body><div id="root"></div>${'<!-- padding so the shell is worth compressing -->'.repeat(30)}</body></html>`,
  );
  write('assets/index-Bq3x9ZkA.js', module('page', 300));
  write('assets/vendor-D4kP1mQe.js', module('vendor', 900));
  write('assets/Users-Kx8Qm1Za.js', module('users', 200));
  write('assets/index-C7wLr2Tn.css', Array.from({ length: 300 }, (_, i) => `.c${i}{margin:${i}px;color:#123456}`).join('\n'));
  write(
    '.vite/manifest.json',
    JSON.stringify({
      'index.html': { file: 'assets/index-Bq3x9ZkA.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/Users.tsx'] },
      '_vendor.js': { file: 'assets/vendor-D4kP1mQe.js' },
      'src/Users.tsx': { file: 'assets/Users-Kx8Qm1Za.js', isDynamicEntry: true },
    }),
  );
}

/** The bytes a browser receives for the login page's initial scripts, fetched as a browser does. */
async function loginScriptTransfer(app: FastifyInstance, webDir: string): Promise<number> {
  let total = 0;
  for (const file of initialScriptFiles(webDir)) {
    const response = await app.inject({ method: 'GET', url: `/${file}`, headers: { 'accept-encoding': BROWSER } });
    expect(response.statusCode, file).toBe(200);
    total += response.rawPayload.length;
  }
  return total;
}

async function appServing(database: DatabaseHandle, webDir: string): Promise<FastifyInstance> {
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, webDir, logger: false });
  await app.ready();
  return app;
}

let database: DatabaseHandle;
let webDir: string;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-delivery-'));
  writeFixtureBuild(webDir);
  await precompressDirectory(webDir);
  app = await appServing(database, webDir);
});
afterAll(async () => {
  await app.close();
  await database.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string): Promise<LightMyRequestResponse> =>
  app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });
const original = (file: string) => fs.readFileSync(path.join(webDir, file));

describe('delivering the web app', () => {
  it('sends a hashed asset as its brotli copy to a browser, cacheable for a year', async () => {
    const response = await get('/assets/vendor-D4kP1mQe.js', BROWSER);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload)).toEqual(original('assets/vendor-D4kP1mQe.js'));
    expect(response.rawPayload.length).toBeLessThan(original('assets/vendor-D4kP1mQe.js').length / 3);
  });

  it('sends the gzip copy to a client that accepts only gzip, and the file itself to one that accepts neither', async () => {
    const gzip = await get('/assets/index-C7wLr2Tn.css', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload)).toEqual(original('assets/index-C7wLr2Tn.css'));
    const plain = await get('/assets/index-C7wLr2Tn.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload).toEqual(original('assets/index-C7wLr2Tn.css'));
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it('sends the app shell for the start page and client routes compressed and revalidated on every visit', async () => {
    for (const url of ['/', '/index.html', '/organisationer/3f2a', '/samverkan?form=iop']) {
      const response = await get(url, BROWSER);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers.vary, url).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(response.rawPayload), url).toEqual(original('index.html'));
    }
  });

  it('answers a missing asset and a compressed copy asked for by name with 404, not the app shell', async () => {
    for (const url of ['/assets/index-OLDHASH1.js', '/assets/vendor-D4kP1mQe.js.br', '/assets/vendor-D4kP1mQe.js.gz']) {
      const response = await get(url, BROWSER);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
    }
  });

  it('answers /metrics with 404 when no METRICS_TOKEN is set, not the app shell (issue 16)', async () => {
    const response = await get('/metrics', BROWSER);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('keeps the API uncached', async () => {
    const response = await get('/api/health', BROWSER);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it("measures the login page's scripts as the bytes the server sends, within the budget", async () => {
    const report = measureLoginBundle(webDir);
    const transfer = await loginScriptTransfer(app, webDir);
    expect(transfer).toBe(report.files.reduce((sum, f) => sum + f.sentBytes, 0));
    expect(transfer / 1024).toBeCloseTo(report.totalKiB, 6);
    expect(report.totalKiB).toBeLessThan(report.rawKiB / 3);
    expect(report.withinBudget).toBe(true);
  });
});

// The real build, when dist/web is there and up to date (`npm run build`, or any e2e run, makes it).
const staleReason = webBuildStaleReason(repoRoot);
describe.skipIf(staleReason !== null)(`the built web app${staleReason ? ` (skipped: ${staleReason})` : ''}`, () => {
  it("sends the login page's scripts compressed, within the budget", async () => {
    const builtDir = path.join(repoRoot, 'dist', 'web');
    const built = await appServing(database, builtDir);
    try {
      const report = measureLoginBundle(builtDir);
      const transfer = await loginScriptTransfer(built, builtDir);
      expect(report.uncompressed).toEqual([]);
      expect(transfer).toBe(report.files.reduce((sum, f) => sum + f.sentBytes, 0));
      expect(transfer / 1024).toBeLessThanOrEqual(LOGIN_JS_BUDGET_KIB);
    } finally {
      await built.close();
    }
  });
});
