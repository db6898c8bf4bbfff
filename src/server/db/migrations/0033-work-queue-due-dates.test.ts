import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../database';

// Migration 0033: `agreement.review_due_from` is kept by triggers on every write of the agreement,
// its versions and its reviews, so that "Att göra" can select the reviews due by an index.

let handle: DatabaseHandle;
let managerId: string;
let cooperationId: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  managerId = (await makeUser(handle.db, { roles: ['manager'] })).id;
  const cooperation = await handle.db
    .insertInto('cooperation')
    .values({ case_number: 'AMN 2024-0001', case_year: 2024, case_sequence: 1, title: 'IOP om läxhjälp', form: 'iop' })
    .returning('id')
    .executeTakeFirstOrThrow();
  cooperationId = cooperation.id;
});
afterAll(() => handle.close());

async function dueFrom(agreementId: string): Promise<string | null> {
  const row = await handle.db.selectFrom('agreement').select('review_due_from').where('id', '=', agreementId).executeTakeFirstOrThrow();
  return row.review_due_from;
}

async function insertVersion(agreementId: string, number: number, startDate: string | null) {
  await handle.db
    .insertInto('agreement_version')
    .values({ agreement_id: agreementId, number, terms: '{}', start_date: startDate, parties: '[]', economy: '[]', created_at: new Date() })
    .execute();
}

async function review(agreementId: string, year: number): Promise<string> {
  const row = await handle.db
    .insertInto('annual_review')
    .values({
      agreement_id: agreementId,
      review_year: year,
      trigger: 'yearly',
      reviewed_on: `${year}-03-01`,
      responsible_manager_id: managerId,
      review_group_consulted_on: `${year}-02-20`,
      outcome: 'continue',
      reasons: 'Behovet finns kvar',
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('migration 0033: the day the first unreviewed year falls due (IOP-8)', () => {
  it('IOP-8: follows the current version\'s start and the reviews recorded, added, removed and revised', async () => {
    const agreement = await handle.db
      .insertInto('agreement')
      .values({ cooperation_id: cooperationId, title: 'Avtal om läxhjälp', status: 'signed', created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await dueFrom(agreement.id)).toBeNull();

    // Started on a leap day: the first anniversary falls on 28 February.
    await insertVersion(agreement.id, 1, '2024-02-29');
    expect(await dueFrom(agreement.id)).toBe('2025-02-28');

    const first = await review(agreement.id, 2025);
    expect(await dueFrom(agreement.id)).toBe('2026-02-28');
    const later = await review(agreement.id, 2027);
    expect(await dueFrom(agreement.id)).toBe('2028-02-29');
    await handle.db.deleteFrom('annual_review').where('id', '=', later).execute();
    expect(await dueFrom(agreement.id)).toBe('2026-02-28');
    await handle.db.updateTable('annual_review').set({ review_year: 2026 }).where('id', '=', first).execute();
    expect(await dueFrom(agreement.id)).toBe('2027-02-28');

    // A revision with a new term: the next review is the new start's anniversary after the last reviewed year.
    await insertVersion(agreement.id, 2, '2026-09-15');
    expect(await dueFrom(agreement.id)).toBe('2027-02-28');
    await handle.db.updateTable('agreement').set({ current_version: 2 }).where('id', '=', agreement.id).execute();
    expect(await dueFrom(agreement.id)).toBe('2027-09-15');
    await handle.db.updateTable('agreement_version').set({ start_date: null }).where('agreement_id', '=', agreement.id).where('number', '=', 2).execute();
    expect(await dueFrom(agreement.id)).toBeNull();
  });
});
