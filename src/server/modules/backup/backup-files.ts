import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** The SHA-256 (hex) and size of a file, read as a stream so a large backup needs little memory. */
export async function fileDigest(file: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    sizeBytes += bytes.length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/** Flushes a file to disk, so a rename after it never points at data still in the page cache. */
export async function syncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file under a temporary name, flushes it and renames it into place: a reader sees the
 * whole file or none. Readable by its owner only, since a backup holds every record.
 */
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${file}.partial-${process.pid}`;
  try {
    await fs.promises.writeFile(temporary, data, { mode: 0o600, flag: 'wx' });
    await syncFile(temporary);
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

/** True when a directory exists and holds at least one entry. */
export function hasEntries(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length > 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
