import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/request-context';
import { recordAudit } from '../../modules/audit/audit.service';
import { type DatabaseHandle, openDatabase } from '../database';
import { migrateToLatest, migrateUpTo } from '../migrations';

// Migration 0036 (OVR-2): the day a cooperation became active and the day it ended, backfilled
// from the audit log's transitions (or the term, or the row) and kept by a trigger afterwards.

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await migrateUpTo(handle.db, '0035-district-history');
  const db = handle.db;
  const rows = [
    ['audited', 'active', '2020-03-01', null],
    ['started', 'active', '2019-05-01', null],
    ['ended', 'ended', '2018-01-01', '2020-12-31'],
    ['preparing', 'preparing', '2024-01-01', null],
  ] as const;
  for (const [i, [key, status, start, end]] of rows.entries()) {
    const row = await db
      .insertInto('cooperation')
      .values({ case_number: `AMN 2020-${String(i + 1).padStart(4, '0')}`, case_year: 2020, case_sequence: i + 1, title: key, form: 'iop', status, start_date: start, end_date: end })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = row.id;
  }
  // The lifecycle step recorded when it happened (today, as the audit log writes it).
  await recordAudit(db, systemContext('test'), {
    action: 'cooperation.transitioned',
    entityType: 'cooperation',
    entityId: ids.audited!,
    before: { status: 'preparing' },
    after: { status: 'active' },
  });
  await migrateToLatest(db);
}, 60_000);
afterAll(() => handle.close());

const daysOf = async (key: string) =>
  handle.db.selectFrom('cooperation').select(['activated_on', 'ended_on']).where('id', '=', ids[key]!).executeTakeFirstOrThrow();

describe('migration 0036: the lifecycle days of a cooperation (OVR-2)', () => {
  it('takes the day of activation from the audit log, else the start of the term; ended ones end at the term', async () => {
    expect(await daysOf('audited')).toEqual({ activated_on: today(), ended_on: null });
    expect(await daysOf('started')).toEqual({ activated_on: '2019-05-01', ended_on: null });
    expect(await daysOf('ended')).toEqual({ activated_on: '2018-01-01', ended_on: '2020-12-31' });
    expect(await daysOf('preparing')).toEqual({ activated_on: null, ended_on: null });
  });

  it('sets the days when the status changes, and keeps a day the writer gives', async () => {
    const db = handle.db;
    await db.updateTable('cooperation').set({ status: 'active' }).where('id', '=', ids.preparing!).execute();
    expect(await daysOf('preparing')).toEqual({ activated_on: today(), ended_on: null });
    await db.updateTable('cooperation').set({ status: 'ended' }).where('id', '=', ids.preparing!).execute();
    expect(await daysOf('preparing')).toEqual({ activated_on: today(), ended_on: today() });
    const imported = await db
      .insertInto('cooperation')
      .values({ case_number: 'AMN 2020-0009', case_year: 2020, case_sequence: 9, title: 'Importerad', form: 'vida', status: 'ended', activated_on: '2016-02-01', ended_on: '2017-06-30' })
      .returning(['activated_on', 'ended_on'])
      .executeTakeFirstOrThrow();
    expect(imported).toEqual({ activated_on: '2016-02-01', ended_on: '2017-06-30' });
  });

  it('gives no day of activation to one ended while still being prepared', async () => {
    const row = await handle.db
      .insertInto('cooperation')
      .values({ case_number: 'AMN 2020-0010', case_year: 2020, case_sequence: 10, title: 'Avbruten', form: 'iop' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db.updateTable('cooperation').set({ status: 'ended' }).where('id', '=', row.id).execute();
    const days = await handle.db.selectFrom('cooperation').select(['activated_on', 'ended_on']).where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(days).toEqual({ activated_on: null, ended_on: today() });
  });
});
