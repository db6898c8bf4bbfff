import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPgTool, pgConnection, PgToolMissingError, redactedUrl } from './pg-tools';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-pgbin-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('PostgreSQL client programs (issue 16: backups and restore)', () => {
  it('keeps the password off the command line: it goes to PGPASSWORD, decoded', () => {
    const { dbname, env } = pgConnection('postgresql://samverkan:p%40ss%3Aword@db.internal:5433/samverkan?sslmode=require');
    expect(dbname).toBe('postgresql://samverkan@db.internal:5433/samverkan?sslmode=require');
    expect(dbname).not.toContain('p%40ss');
    expect(env).toEqual({ PGPASSWORD: 'p@ss:word' });
    expect(pgConnection('postgresql://u@h/db?password=secret')).toEqual({ dbname: 'postgresql://u@h/db', env: { PGPASSWORD: 'secret' } });
    expect(pgConnection('postgresql://u@h/db').env).toEqual({});
  });

  it('prints a connection string with the password starred out', () => {
    expect(redactedUrl('postgresql://u:secret@h:5432/db')).toBe('postgresql://u:***@h:5432/db');
  });

  it('looks in PG_BIN_DIR when set, else on PATH, and says clearly when the program is missing', () => {
    const tool = path.join(dir, 'pg_dump');
    fs.writeFileSync(tool, '#!/bin/sh\n', { mode: 0o755 });
    expect(findPgTool('pg_dump', { PG_BIN_DIR: dir })).toBe(tool);
    expect(findPgTool('pg_dump', { PATH: ['/nonexistent', dir].join(path.delimiter) })).toBe(tool);
    expect(() => findPgTool('pg_restore', { PG_BIN_DIR: dir })).toThrow(PgToolMissingError);
    expect(() => findPgTool('pg_restore', { PG_BIN_DIR: dir })).toThrow(/Hittar inte pg_restore.*PG_BIN_DIR/);
  });
});
