import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Db } from '../../db/database';
import { anyFileWithoutBlob, countFilesWithBlob, listFilesWithoutBlob } from './file-blob.repository';
import type { LocalFileStorage } from './file-storage';
import { type FileStorage } from './file-storage';

/** A file row whose content could not be moved, by id and name. */
export type UnmovedFile = { id: string; name: string };

/** What one run of the move from the local folder did. */
export type MoveResult = {
  moved: number;
  alreadyThere: number;
  missingOnDisk: UnmovedFile[];
  hashMismatch: UnmovedFile[];
};

/**
 * Moves the content of every file row whose blob is missing from the local folder earlier
 * versions used into the database (decision 019): each file is read, its SHA-256 checked against
 * the row, and stored in a transaction of its own. Running it again moves nothing.
 */
export async function moveFilesToDatabase(db: Db, storage: FileStorage, folder: LocalFileStorage): Promise<MoveResult> {
  const result: MoveResult = { moved: 0, alreadyThere: await countFilesWithBlob(db), missingOnDisk: [], hashMismatch: [] };
  const movedKeys = new Set<string>();
  for (const file of await listFilesWithoutBlob(db)) {
    const unmoved = { id: file.id, name: file.original_name };
    // Rows sharing content share one blob: the first of them moved it.
    if (movedKeys.has(file.storage_key)) {
      result.moved++;
      continue;
    }
    const bytes = await folder.read(file.storage_key);
    if (!bytes) {
      result.missingOnDisk.push(unmoved);
      continue;
    }
    // Content that does not hash to what the row recorded at upload is not that file.
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256 || bytes.length !== file.size_bytes) {
      result.hashMismatch.push(unmoved);
      continue;
    }
    await db.transaction().execute((trx) => storage.put(trx, file.storage_key, bytes));
    movedKeys.add(file.storage_key);
    result.moved++;
  }
  return result;
}

/**
 * The start-up line pointing to `npm run files:move-to-database`, when the old folder exists and
 * some file row has no content in the database; otherwise undefined.
 */
export async function moveToDatabaseHint(db: Db, folderPath: string): Promise<string | undefined> {
  if (!fs.existsSync(folderPath)) return undefined;
  if (!(await anyFileWithoutBlob(db))) return undefined;
  return `Filer: innehåll saknas i databasen men mappen ${folderPath} finns kvar; stoppa appen och kör npm run files:move-to-database (file content is missing from the database; stop the app and run npm run files:move-to-database).`;
}
