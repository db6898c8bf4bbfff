import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrations';
import { adminUrl, databaseUrl, uniqueDatabaseName } from './postgres-urls';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates one template database per test run — a PGlite data-directory dump, or a PostgreSQL
 * template database when TEST_DATABASE_URL is set — that every test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) {
    const name = uniqueDatabaseName('samverkan_tpl');
    const admin = await openDatabase({ kind: 'postgres', url: adminUrl(baseUrl), poolSize: 1 });
    await sql.raw(`CREATE DATABASE "${name}"`).execute(admin.db);
    const template = await openDatabase({ kind: 'postgres', url: databaseUrl(baseUrl, name), poolSize: 1 });
    await migrateToLatest(template.db);
    await template.close();
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplatePath', '');
    return async () => {
      await sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).execute(admin.db);
      await admin.close();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-test-'));
  const file = path.join(dir, 'template.tar');
  const template = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await migrateToLatest(template.db);
  const dump = await template.pglite?.dumpDataDir('none');
  if (!dump) throw new Error('PGlite template could not be dumped');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await template.close();
  project.provide('pgliteTemplatePath', file);
  project.provide('postgresTemplate', '');
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
