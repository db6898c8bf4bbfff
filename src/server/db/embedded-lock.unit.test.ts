import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireEmbeddedLock, EmbeddedDatabaseInUseError, embeddedHolder, embeddedLockPath } from './embedded-lock';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the embedded database lock (issue 16: one process at a time on ./data)', () => {
  it('is taken, seen by others and released', () => {
    const dir = tempDir();
    const release = acquireEmbeddedLock(dir);
    expect(fs.readFileSync(embeddedLockPath(dir), 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(embeddedLockPath(dir))).toBe(false);
  });

  it('refuses while another live process holds it, and takes over a dead one', async () => {
    const dir = tempDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(embeddedLockPath(dir), `${sleeper.pid}\n`);
      expect(embeddedHolder(dir)).toBe(sleeper.pid);
      expect(() => acquireEmbeddedLock(dir)).toThrow(EmbeddedDatabaseInUseError);
    } finally {
      sleeper.kill('SIGKILL');
      await new Promise((resolve) => sleeper.once('exit', resolve));
    }
    expect(embeddedHolder(dir)).toBeUndefined();
    const release = acquireEmbeddedLock(dir);
    expect(fs.readFileSync(embeddedLockPath(dir), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});
