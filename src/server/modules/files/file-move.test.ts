import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../../db/database';
import { moveFilesToDatabase, moveToDatabaseHint } from './file-move';
import { DatabaseFileStorage, LocalFileStorage } from './file-storage';
import { insertFile } from './file.repository';

let database: DatabaseHandle;
let root: string;
beforeAll(async () => {
  database = await createTestDatabase();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-move-'));
});
afterAll(async () => {
  await database.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const db = () => database.db;
const storage = new DatabaseFileStorage(1024);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A file row as an earlier version left it, with its content on disk (`onDisk`) or not. */
async function oldFile(name: string, content: Buffer, onDisk: Buffer | null = content) {
  const key = sha(content);
  if (onDisk) {
    const dir = path.join(root, key.slice(0, 2), key.slice(2, 4));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, key), onDisk);
  }
  return insertFile(db(), { storage_key: key, original_name: name, media_type: 'application/pdf', size_bytes: content.length, sha256: key, uploaded_by: null, uploaded_at: new Date() });
}

describe('moving file content from the local folder into the database (issue 16: files in the database)', () => {
  it('moves what is on disk, reports what is missing or damaged, and moves nothing the second time', async () => {
    const big = Buffer.alloc(3000, 'a');
    const moved = await oldFile('Stadgar.pdf', big);
    const twin = await oldFile('Stadgar kopia.pdf', big);
    const other = await oldFile('Protokoll.pdf', Buffer.from('protokoll'));
    const missing = await oldFile('Borttappad.pdf', Buffer.from('borta'), null);
    const damaged = await oldFile('Ändrad.pdf', Buffer.from('original'), Buffer.from('manipulerad'));
    const folder = new LocalFileStorage(root);

    expect(await moveToDatabaseHint(db(), root)).toContain('npm run files:move-to-database');
    expect(await moveToDatabaseHint(db(), path.join(root, 'finns-inte'))).toBeUndefined();

    const first = await moveFilesToDatabase(db(), storage, folder);
    expect(first).toEqual({
      moved: 3,
      alreadyThere: 0,
      missingOnDisk: [{ id: missing.id, name: 'Borttappad.pdf' }],
      hashMismatch: [{ id: damaged.id, name: 'Ändrad.pdf' }],
    });
    expect((await buffer(await storage.get(db(), moved.storage_key))).equals(big)).toBe(true);
    expect(await storage.size(db(), other.storage_key)).toBe(9);
    expect(await storage.size(db(), damaged.storage_key)).toBeUndefined();
    expect(twin.storage_key).toBe(moved.storage_key);

    const second = await moveFilesToDatabase(db(), storage, folder);
    expect(second).toMatchObject({ moved: 0, alreadyThere: 3, missingOnDisk: [{ id: missing.id }], hashMismatch: [{ id: damaged.id }] });

    await db().deleteFrom('file').where('id', 'in', [missing.id, damaged.id]).execute();
    expect(await moveToDatabaseHint(db(), root)).toBeUndefined();
  });
});
