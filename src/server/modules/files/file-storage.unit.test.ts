import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultFileStorageDir, LocalFileStorage } from './file-storage';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-files-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the local folder earlier versions kept files in (issue 16: read side of the move to the database)', () => {
  it('reads content sharded by key as ab/cd/<key>', async () => {
    const key = sha('hej');
    fs.mkdirSync(path.join(root, key.slice(0, 2), key.slice(2, 4)), { recursive: true });
    fs.writeFileSync(path.join(root, key.slice(0, 2), key.slice(2, 4), key), 'hej');
    const folder = new LocalFileStorage(root);
    expect(folder.pathOf(key)).toBe(path.join(root, key.slice(0, 2), key.slice(2, 4), key));
    expect((await folder.read(key))?.toString()).toBe('hej');
  });

  it('knows nothing of unknown keys', async () => {
    expect(await new LocalFileStorage(root).read(sha('saknas'))).toBeUndefined();
  });

  it('refuses keys that are not content hashes, so no path can escape the folder', async () => {
    const folder = new LocalFileStorage(root);
    await expect(folder.read('../../etc/passwd')).rejects.toThrow(/Invalid storage key/);
    expect(() => folder.pathOf(`../${sha('x')}`)).toThrow(/Invalid storage key/);
  });

  it('lived under DATA_DIR/files by default', () => {
    expect(defaultFileStorageDir('/srv/samverkan/data')).toBe(path.join('/srv/samverkan/data', 'files'));
  });
});
