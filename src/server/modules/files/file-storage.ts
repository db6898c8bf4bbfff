import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where file content lives, addressed by a storage key the server generated. Local disk today;
 * an object store can implement the same four operations later.
 */
export interface FileStorage {
  /** Stores content under a key; storing the same key again leaves one copy. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** A stream of the content; rejects when the key is unknown. */
  get(key: string): Promise<Readable>;
  /** Whether content exists under the key. */
  exists(key: string): Promise<boolean>;
  /** The stored size in bytes, or undefined when the key is unknown. */
  size(key: string): Promise<number | undefined>;
}

/** The default storage folder inside the data directory. */
export function defaultFileStorageDir(dataDir: string): string {
  return path.join(dataDir, 'files');
}

// Keys are content hashes; anything else (such as `../x`) never reaches the file system.
const KEY_PATTERN = /^[0-9a-f]{64}$/;

/** File content in a local folder, sharded as ab/cd/<key> so no folder grows too large. */
export class LocalFileStorage implements FileStorage {
  constructor(readonly rootDir: string) {}

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    return path.join(this.rootDir, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    // Content-addressed: an existing file of the right size already holds these very bytes.
    if ((await this.size(key)) === bytes.length) return;
    const dir = path.dirname(target);
    await fs.promises.mkdir(dir, { recursive: true });
    // Written beside the target and renamed into place, so a reader never sees half a file and
    // a crash leaves only a temp file behind; the rename is atomic within one file system.
    const temp = path.join(dir, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await fs.promises.open(temp, 'wx', 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(temp, target);
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    // Opened first so a missing file rejects here rather than as a late stream error.
    const handle = await fs.promises.open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async exists(key: string): Promise<boolean> {
    return (await this.size(key)) !== undefined;
  }

  async size(key: string): Promise<number | undefined> {
    try {
      const stat = await fs.promises.stat(this.pathOf(key));
      return stat.isFile() ? stat.size : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
