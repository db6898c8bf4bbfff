import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { initialScriptFiles, measureLoginBundle } from './check-bundle-size';
import { MIN_COMPRESS_BYTES, precompressDirectory } from './precompress';

let webDir: string;

function write(file: string, content: string) {
  const target = path.join(webDir, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
}

beforeEach(() => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-size-'));
  write(
    'index.html',
    '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js">',
  );
  write(
    '.vite/manifest.json',
    JSON.stringify({
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/Users.tsx'] },
      '_vendor.js': { file: 'assets/vendor.js', imports: ['_shared.js'] },
      '_shared.js': { file: 'assets/shared.js' },
      'src/Users.tsx': { file: 'assets/users.js', imports: ['_vendor.js', '_table.js'] },
      '_table.js': { file: 'assets/table.js' },
    }),
  );
  for (const name of ['index', 'vendor', 'shared', 'users', 'table']) write(`assets/${name}.js`, `export const ${name} = 1;`);
});

afterEach(() => fs.rmSync(webDir, { recursive: true, force: true }));

describe('login page initial JavaScript', () => {
  it('counts the entry and its static imports transitively, not lazy chunks', () => {
    expect(initialScriptFiles(webDir)).toEqual(['assets/index.js', 'assets/shared.js', 'assets/vendor.js']);
  });

  it('fails the budget when what is sent (the brotli copies) is over it', async () => {
    write('assets/vendor.js', Array.from({ length: 20_000 }, (_, i) => `export const v${i} = ${i * 7919};`).join('\n'));
    await precompressDirectory(webDir);
    const report = measureLoginBundle(webDir, 10);
    const vendor = report.files.find((f) => f.file === 'assets/vendor.js');
    expect(vendor?.sentBytes).toBe(fs.statSync(path.join(webDir, 'assets/vendor.js.br')).size);
    expect(report.totalKiB).toBeGreaterThan(10);
    expect(report.totalKiB).toBeLessThan(report.gzipKiB);
    expect(report.gzipKiB).toBeLessThan(report.rawKiB);
    expect(report.withinBudget).toBe(false);
    expect(measureLoginBundle(webDir, 10_000).withinBudget).toBe(true);
  });

  it('counts a file the build left without a compressed copy whole, as the server sends it', () => {
    const big = Array.from({ length: 2_000 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    write('assets/vendor.js', big);
    const report = measureLoginBundle(webDir, 10_000);
    expect(report.files.find((f) => f.file === 'assets/vendor.js')?.sentBytes).toBe(Buffer.byteLength(big));
    expect(report.uncompressed).toEqual(['assets/vendor.js']);
  });
});

describe('precompressing the build', () => {
  it('writes brotli and gzip copies of text files that decompress to the file, not of small or binary ones', async () => {
    const script = Array.from({ length: 500 }, (_, i) => `console.log("rad ${i} åäö");`).join('\n');
    write('assets/app.js', script);
    write('assets/logo.png', 'x'.repeat(5_000));
    write('.vite/big.json', JSON.stringify({ padding: 'y'.repeat(5_000) }));
    const results = await precompressDirectory(webDir);
    const js = path.join(webDir, 'assets/app.js');
    expect(brotliDecompressSync(fs.readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(fs.readFileSync(`${js}.gz`)).toString()).toBe(script);
    expect(results.find((r) => r.file === 'assets/app.js')?.brBytes).toBe(fs.statSync(`${js}.br`).size);
    expect(Buffer.byteLength('export const index = 1;')).toBeLessThan(MIN_COMPRESS_BYTES);
    for (const skipped of ['assets/index.js', 'assets/logo.png', '.vite/big.json']) {
      expect(fs.existsSync(path.join(webDir, `${skipped}.br`)), skipped).toBe(false);
      expect(fs.existsSync(path.join(webDir, `${skipped}.gz`)), skipped).toBe(false);
    }
  });
});
