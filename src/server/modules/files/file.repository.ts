import type { Db } from '../../db/database';
import type { FileRow, NewFile } from '../../db/schema';

/** Inserts a file's metadata row and returns it as stored. */
export function insertFile(db: Db, file: NewFile): Promise<FileRow> {
  return db.insertInto('file').values(file).returningAll().executeTakeFirstOrThrow();
}

/** The file with this id, if any. */
export function findFileById(db: Db, id: string): Promise<FileRow | undefined> {
  return db.selectFrom('file').selectAll().where('id', '=', id).executeTakeFirst();
}
