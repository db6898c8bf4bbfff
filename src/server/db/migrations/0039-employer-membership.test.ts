import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../database';
import { migrateToLatest } from '../migrations';

// Migration 0039 (EMP-1): the database itself refuses an approval without a passed check, a linked
// employer and its membership, and a rejection without a reason.

let handle: DatabaseHandle;
let organisationId: string;
beforeAll(async () => {
  handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await migrateToLatest(handle.db);
  const org = await handle.db
    .insertInto('organisation')
    .values({ name: 'Exempel AB', kind: 'employer', legal_form: 'limited_company' })
    .returning('id')
    .executeTakeFirstOrThrow();
  organisationId = org.id;
}, 120_000);
afterAll(() => handle.close());

const application = (over: Record<string, unknown> = {}) => ({
  number_year: 2026,
  source: 'public' as const,
  organisation_name: 'Exempel AB',
  org_number: '559910-0103',
  employer_type: 'company' as const,
  contact_name: 'HR-ansvarig',
  contact_email: 'hr@exempel.example',
  motivation: 'Praktikplatser',
  statement_network_goals: true,
  statement_non_discrimination: true,
  statement_gender_equality: true,
  statement_equality: true,
  statement_human_rights: true,
  ...over,
});

describe('migration 0039 (EMP-1)', () => {
  it('EMP-1: numbers applications in order and starts them as submitted', async () => {
    const rows = await handle.db.insertInto('integration_pact_application').values([application(), application()]).returning(['number', 'status']).execute();
    expect(rows.map((r) => r.status)).toEqual(['submitted', 'submitted']);
    expect(rows[1]!.number).toBe(rows[0]!.number + 1);
  });

  it('EMP-1: refuses an approval without a passed check and a membership, and a rejection without a reason', async () => {
    await expect(handle.db.insertInto('integration_pact_application').values(application({ status: 'approved', organisation_id: organisationId, check_passed: false })).execute()).rejects.toThrow();
    await expect(handle.db.insertInto('integration_pact_application').values(application({ status: 'approved', organisation_id: organisationId, check_passed: true })).execute()).rejects.toThrow();
    await expect(handle.db.insertInto('integration_pact_application').values(application({ status: 'rejected', decision_reason: ' ' })).execute()).rejects.toThrow();
    await expect(handle.db.insertInto('integration_pact_application').values(application({ employer_type: 'gig' as never })).execute()).rejects.toThrow();
    await handle.db.insertInto('integration_pact_application').values(application({ status: 'rejected', decision_reason: 'Ej aktiv' })).execute();
  });

  it('keeps one profile per employer', async () => {
    await handle.db.insertInto('employer_profile').values({ organisation_id: organisationId, employer_type: 'platform_company', size_band: null, updated_by: null }).execute();
    await expect(handle.db.insertInto('employer_profile').values({ organisation_id: organisationId, employer_type: 'company', size_band: null, updated_by: null }).execute()).rejects.toThrow();
  });
});
