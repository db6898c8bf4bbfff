import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../../db/database';
import { DatabaseFileStorage } from './file-storage';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const db = () => database.db;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
// Small chunks keep the test quick while exercising every chunk boundary the real size has.
const CHUNK = 1024;
const storage = new DatabaseFileStorage(CHUNK);
const count = async (table: 'file_blob' | 'file_blob_chunk', key: string) =>
  Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('sha256', '=', key).executeTakeFirstOrThrow()).n);

describe('file content in the database (issue 16: files in the database)', () => {
  it('stores a file of two and a half chunks in three chunks and streams back exactly its bytes', async () => {
    const bytes = randomBytes(CHUNK * 2.5);
    const key = sha(bytes);
    await db().transaction().execute((trx) => storage.put(trx, key, bytes));
    expect(await count('file_blob_chunk', key)).toBe(3);
    const chunks = await db().selectFrom('file_blob_chunk').select(['seq', 'data']).where('sha256', '=', key).orderBy('seq').execute();
    expect(chunks.map((c) => c.data.length)).toEqual([CHUNK, CHUNK, CHUNK / 2]);
    expect(await storage.size(db(), key)).toBe(bytes.length);
    expect((await buffer(await storage.get(db(), key))).equals(bytes)).toBe(true);
  });

  it('stores an empty file as a blob without chunks', async () => {
    const bytes = Buffer.alloc(0);
    await storage.put(db(), sha(bytes), bytes);
    expect(await storage.size(db(), sha(bytes))).toBe(0);
    expect((await buffer(await storage.get(db(), sha(bytes)))).length).toBe(0);
  });

  it('stores identical content once, also when two transactions write it at the same time', async () => {
    const bytes = randomBytes(CHUNK * 2);
    const key = sha(bytes);
    await Promise.all([
      db().transaction().execute((trx) => storage.put(trx, key, bytes)),
      db().transaction().execute((trx) => storage.put(trx, key, Buffer.from(bytes))),
    ]);
    await storage.put(db(), key, bytes);
    expect([await count('file_blob', key), await count('file_blob_chunk', key)]).toEqual([1, 2]);
    expect((await buffer(await storage.get(db(), key))).equals(bytes)).toBe(true);
  });

  it('leaves neither blob nor chunks behind when the writing transaction rolls back', async () => {
    const bytes = randomBytes(CHUNK * 3);
    const key = sha(bytes);
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await storage.put(trx, key, bytes);
          throw new Error('the file row could not be saved');
        }),
    ).rejects.toThrow('the file row could not be saved');
    expect([await count('file_blob', key), await count('file_blob_chunk', key)]).toEqual([0, 0]);
    expect(await storage.size(db(), key)).toBeUndefined();
  });

  it('rejects a stream of an unknown key before any byte is sent, and refuses keys that are not hashes', async () => {
    await expect(storage.get(db(), sha(Buffer.from('saknas')))).rejects.toThrow(/No stored content/);
    await expect(storage.put(db(), '../x', Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
  });

  it('destroys the stream with an error when a chunk disappears in the middle of it', async () => {
    const bytes = randomBytes(CHUNK * 3);
    const key = sha(bytes);
    await storage.put(db(), key, bytes);
    await sql`DELETE FROM file_blob_chunk WHERE sha256 = ${key} AND seq = 1`.execute(db());
    const stream = await storage.get(db(), key);
    await expect(buffer(stream)).rejects.toThrow(`Chunk 1 of stored content ${key} is missing`);
    expect(stream.destroyed).toBe(true);
  });

  it('reads one chunk at a time as the reader asks for more (backpressure)', async () => {
    const bytes = randomBytes(CHUNK * 8);
    const key = sha(bytes);
    await storage.put(db(), key, bytes);
    const stream = await storage.get(db(), key);
    let release: () => void = () => undefined;
    const received: Buffer[] = [];
    const slowReader = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk);
        // The first chunk is held until the test has looked at how far the stream read ahead.
        if (received.length === 1) release = done;
        else done();
      },
    });
    const piping = pipeline(stream, slowReader);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // One chunk held by the reader, at most a few buffered: never the whole file.
    expect(stream.readableLength).toBeLessThan(CHUNK * 8 - CHUNK);
    release();
    await piping;
    expect(Buffer.concat(received).equals(bytes)).toBe(true);
  });
});
