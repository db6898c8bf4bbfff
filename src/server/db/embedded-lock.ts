import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded database is one folder that only one process may open at a time: a second
 * process (a backup, a move to PostgreSQL, a second app) writing beside the running app would
 * corrupt it. The process that opens it records its pid in a lock file beside the folder.
 */
const LOCK_FILE = 'samverkan.pid';

/** The lock file's path for a data directory. */
export function embeddedLockPath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of another live process holding the embedded database in `dataDir`, if any. */
export function embeddedHolder(dataDir: string): number | undefined {
  let text: string;
  try {
    text = fs.readFileSync(embeddedLockPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  return isAlive(pid) ? pid : undefined;
}

/** Thrown when another live process holds the embedded database. */
export class EmbeddedDatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Den inbäddade databasen i ${dataDir} används av en annan process (pid ${pid}). Stoppa Samverkan först. ` +
        `(The embedded database in ${dataDir} is in use by process ${pid}; stop Samverkan first.)`,
    );
    this.name = 'EmbeddedDatabaseInUseError';
  }
}

/**
 * Takes the embedded database in `dataDir` for this process, or throws
 * `EmbeddedDatabaseInUseError` while another live process holds it; a lock left by a process
 * that died is taken over. Returns the function that releases it (also run at process exit).
 */
export function acquireEmbeddedLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = embeddedLockPath(dataDir);
  try {
    // Exclusive create: of two processes starting at once, only one gets the file.
    fs.writeFileSync(file, `${process.pid}\n`, { mode: 0o644, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = embeddedHolder(dataDir);
    if (holder !== undefined) throw new EmbeddedDatabaseInUseError(dataDir, holder);
    // Left by a process that died: taken over.
    fs.writeFileSync(file, `${process.pid}\n`, { mode: 0o644 });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      // Only our own lock is removed: another process may have taken over a lock we lost.
      if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
  process.on('exit', release);
  return release;
}
