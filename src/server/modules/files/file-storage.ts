import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '../../db/database';
import { claimBlob, findBlob, findBlobChunk, insertBlobChunk } from './file-blob.repository';

/**
 * Where file content lives, addressed by a storage key the server generated (the SHA-256 of the
 * content). Every operation takes the database or transaction to work in, so content is written
 * in the same transaction as the file row that points at it (decision 019).
 */
export interface FileStorage {
  /** Stores content under a key within `db`'s transaction; storing the same key again leaves one copy. */
  put(db: Db, key: string, bytes: Uint8Array): Promise<void>;
  /** A stream of the content; rejects when the key is unknown. */
  get(db: Db, key: string): Promise<Readable>;
  /** The stored size in bytes, or undefined when the key is unknown. */
  size(db: Db, key: string): Promise<number | undefined>;
}

/** How much content one chunk row holds: large files are never one huge value, in memory or on the wire. */
export const BLOB_CHUNK_BYTES = 512 * 1024;

// Keys are content hashes; anything else is a bug in the caller.
const KEY_PATTERN = /^[0-9a-f]{64}$/;

function checkKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

/**
 * File content in the database, in chunks of `chunkBytes` (decision 019): the same code path for
 * PostgreSQL and the embedded database, so backups and every app process have the files.
 */
export class DatabaseFileStorage implements FileStorage {
  constructor(readonly chunkBytes: number = BLOB_CHUNK_BYTES) {}

  async put(db: Db, key: string, bytes: Uint8Array): Promise<void> {
    checkKey(key);
    const chunkCount = Math.ceil(bytes.length / this.chunkBytes);
    // Content-addressed: when the key is already there (or a concurrent transaction wrote it
    // and committed while this one waited on the key), it holds these very bytes.
    if (!(await claimBlob(db, key, bytes.length, chunkCount))) return;
    for (let seq = 0; seq < chunkCount; seq++) {
      // subarray shares the caller's memory: no copy of the content is made here.
      await insertBlobChunk(db, key, seq, bytes.subarray(seq * this.chunkBytes, (seq + 1) * this.chunkBytes));
    }
  }

  async get(db: Db, key: string): Promise<Readable> {
    checkKey(key);
    // Looked up first so a missing blob rejects here rather than as a late stream error.
    const blob = await findBlob(db, key);
    if (!blob) throw new Error(`No stored content under key ${key}`);
    const { chunkCount } = blob;
    async function* chunks(): AsyncGenerator<Buffer> {
      // One query per chunk, asked for only when the reader wants more: backpressure holds
      // at most a chunk or two in memory, however large the file.
      for (let seq = 0; seq < chunkCount; seq++) {
        const data = await findBlobChunk(db, key, seq);
        if (!data) throw new Error(`Chunk ${seq} of stored content ${key} is missing`);
        yield data;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  async size(db: Db, key: string): Promise<number | undefined> {
    checkKey(key);
    return (await findBlob(db, key))?.sizeBytes;
  }
}

/** The storage the app, its commands and the demo seeding use. */
export function createFileStorage(): FileStorage {
  return new DatabaseFileStorage();
}

/** The folder where earlier versions kept file content, inside the data directory. */
export function defaultFileStorageDir(dataDir: string): string {
  return path.join(dataDir, 'files');
}

/**
 * The local folder earlier versions kept file content in, sharded as ab/cd/<key>; read only, as
 * the source of `npm run files:move-to-database`.
 */
export class LocalFileStorage {
  constructor(readonly rootDir: string) {}

  /** The path of a key's file; throws on anything but a content hash, so no path escapes the folder. */
  pathOf(key: string): string {
    checkKey(key);
    return path.join(this.rootDir, key.slice(0, 2), key.slice(2, 4), key);
  }

  /** The whole content under a key, or undefined when there is no such file. */
  async read(key: string): Promise<Buffer | undefined> {
    try {
      return await fs.promises.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
