import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialScriptFiles, measureLoginBundle } from './check-bundle-size';

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

  it('fails the budget when the gzipped total is over it', () => {
    write('assets/vendor.js', Array.from({ length: 20_000 }, (_, i) => `export const v${i} = ${i * 7919};`).join('\n'));
    const report = measureLoginBundle(webDir, 10);
    expect(report.totalKiB).toBeGreaterThan(10);
    expect(report.withinBudget).toBe(false);
    expect(measureLoginBundle(webDir, 10_000).withinBudget).toBe(true);
  });
});
