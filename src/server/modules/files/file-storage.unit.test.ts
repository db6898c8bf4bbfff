import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultFileStorageDir, LocalFileStorage } from './file-storage';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-files-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('local file storage', () => {
  it('stores content sharded by key and streams it back', async () => {
    const storage = new LocalFileStorage(root);
    const key = sha('hej');
    await storage.put(key, Buffer.from('hej'));
    expect(fs.existsSync(path.join(root, key.slice(0, 2), key.slice(2, 4), key))).toBe(true);
    expect(await text(await storage.get(key))).toBe('hej');
    expect(await storage.exists(key)).toBe(true);
    expect(await storage.size(key)).toBe(3);
  });

  it('keeps one copy of the same key and leaves no temporary files', async () => {
    const storage = new LocalFileStorage(root);
    const key = sha('samma');
    await Promise.all([storage.put(key, Buffer.from('samma')), storage.put(key, Buffer.from('samma'))]);
    await storage.put(key, Buffer.from('samma'));
    expect(fs.readdirSync(path.join(root, key.slice(0, 2), key.slice(2, 4)))).toEqual([key]);
  });

  it('knows nothing of unknown keys', async () => {
    const storage = new LocalFileStorage(root);
    const key = sha('saknas');
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.size(key)).toBeUndefined();
    await expect(storage.get(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses keys that are not content hashes, so no path can escape the folder', async () => {
    const storage = new LocalFileStorage(root);
    await expect(storage.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
    await expect(storage.get(`../${sha('x')}`)).rejects.toThrow(/Invalid storage key/);
  });

  it('lives under DATA_DIR/files by default', () => {
    expect(defaultFileStorageDir('/srv/samverkan/data')).toBe(path.join('/srv/samverkan/data', 'files'));
  });
});
