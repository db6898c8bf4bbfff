import { afterEach, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { Role } from '../../../shared/users/roles';
import { systemContext, type RequestContext } from '../../http/request-context';
import { DatabaseFileStorage } from '../../modules/files/file-storage';
import type { DatabaseHandle, Db } from '../database';
import { AF_FIXTURE_ANNEXES, AF_FIXTURE_BODIES, AF_FIXTURE_PARTIES, AF_FIXTURE_START_DATE } from './af-agreement.fixture';
import { seedAfAgreement } from './demo-af-agreement';
import { seedDemo } from './demo';

let handle: DatabaseHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

/** File storage in the test's own database. */
function scratchStorage(): DatabaseFileStorage {
  return new DatabaseFileStorage();
}

async function actorsOf(db: Db) {
  const contextOf = async (role: Role): Promise<RequestContext & { userId: string }> => {
    const user = await makeUser(db, { roles: [role] });
    const actor = { kind: 'user' as const, userId: user.id, email: user.email, name: user.name, roles: user.roles, sessionIdHash: '', csrfToken: '', mustChangePassword: false };
    return { ...systemContext('test'), actor, userId: user.id };
  };
  const [officer, manager, reviewGroup] = [await contextOf('officer'), await contextOf('manager'), await contextOf('review_group')];
  return { officer, manager, reviewGroup, managerId: manager.userId };
}

/** What the database holds for the agreement with Arbetsförmedlingen, in the fixture's shape. */
async function stored(db: Db) {
  const cooperations = await db.selectFrom('cooperation').select(['id', 'status', 'form', 'case_number']).where('title', '=', 'Samverkansöverenskommelse med Arbetsförmedlingen').execute();
  const cooperationId = cooperations[0]?.id ?? '';
  const bodies = await db
    .selectFrom('governance_body as b')
    .innerJoin('governance_body_cooperation as l', 'l.body_id', 'b.id')
    .leftJoin('governance_body as p', 'p.id', 'b.reports_to_id')
    .select(['b.id', 'b.name', 'b.type', 'b.mandate', 'b.permanent', 'p.name as reports_to'])
    .where('l.cooperation_id', '=', cooperationId)
    .orderBy('b.created_at')
    .execute();
  const rows = await db
    .selectFrom('governance_body_representation')
    .selectAll()
    .where('body_id', 'in', bodies.length ? bodies.map((b) => b.id) : ['00000000-0000-4000-8000-000000000000'])
    .orderBy('sort_order')
    .execute();
  const agreements = await db.selectFrom('agreement').select(['id', 'status', 'current_version']).where('cooperation_id', '=', cooperationId).execute();
  const agreementId = agreements[0]?.id ?? '';
  const annexes = await db.selectFrom('agreement_annex').select(['id', 'number', 'title']).where('agreement_id', '=', agreementId).orderBy('number').execute();
  const annexVersions = await db.selectFrom('agreement_annex_version').selectAll().where('annex_id', 'in', annexes.length ? annexes.map((a) => a.id) : ['00000000-0000-4000-8000-000000000000']).execute();
  const version = await db.selectFrom('agreement_version').selectAll().where('agreement_id', '=', agreementId).executeTakeFirst();
  return { cooperations, bodies, rows, agreements, annexes, annexVersions, version };
}

function expectMatchesFixture(s: Awaited<ReturnType<typeof stored>>) {
  expect(s.bodies.map((b) => [b.name, b.type, b.reports_to])).toEqual(AF_FIXTURE_BODIES.map((b) => [b.name, b.type, b.reportsTo]));
  for (const body of AF_FIXTURE_BODIES) {
    const id = s.bodies.find((b) => b.name === body.name)?.id;
    expect(s.rows.filter((r) => r.body_id === id).map((r) => [r.party, r.representative]), body.name).toEqual(body.representation);
  }
  expect(s.annexes.map((a) => [a.number, a.title])).toEqual(AF_FIXTURE_ANNEXES.map((title, i) => [i + 1, title]));
}

describe('the agreement with Arbetsförmedlingen, seeded from document 003', () => {
  it('AGR-1, AGR-3, AGR-7: stores every body, its representation and the annexes exactly as the document lists them', async () => {
    handle = await createTestDatabase();
    const { db } = handle;
    const created = await seedAfAgreement(db, scratchStorage(), await actorsOf(db));
    expect(created).toBe(AF_FIXTURE_BODIES.length);
    const s = await stored(db);
    expectMatchesFixture(s);

    // AGR-1: the parties with their organisation numbers, an active public agreement from 2023-01-01.
    expect(s.cooperations).toHaveLength(1);
    expect(s.cooperations[0]).toMatchObject({ status: 'active', form: 'public_agreement' });
    const parties = await db.selectFrom('organisation').select(['id', 'name', 'org_number']).where('name', 'in', AF_FIXTURE_PARTIES.map((p) => p.name)).execute();
    expect(parties.map((p) => ({ name: p.name, orgNumber: p.org_number })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...AF_FIXTURE_PARTIES].sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(s.version?.start_date).toBe(AF_FIXTURE_START_DATE);
    expect(s.version?.end_date).toBeNull();
    expect((s.version?.parties as { organisationId: string }[]).map((p) => p.organisationId).sort()).toEqual(parties.map((p) => p.id).sort());
    const terms = s.version?.terms as Record<string, { text: string }>;
    expect(terms.term?.text).toMatch(/2023-01-01.*årligen/s);
    expect(terms.target_group?.text).toMatch(/funktionsnedsatta och långtidsarbetslösa/);
    expect(terms.goals?.text).toMatch(/Agenda 2030/);
    expect(s.agreements[0]?.status).toBe('signed');

    // AGR-7: each annex has a first version with a decision reference and date.
    expect(s.annexVersions).toHaveLength(AF_FIXTURE_ANNEXES.length);
    expect(s.annexVersions.every((v) => v.number === 1 && v.decision_reference.length > 0 && v.decided_on === '2023-01-30')).toBe(true);

    // AGR-3, AGR-4: mandates come from the document; deviations go to the strategic group.
    expect(s.bodies.find((b) => b.name === 'Strategisk styrgrupp')?.mandate).toMatch(/avvikelser/);
    expect(s.bodies.find((b) => b.name === 'Operativ styrgrupp')?.mandate).toMatch(/nya bilagor/);
    expect(s.bodies.every((b) => b.mandate && b.mandate.length > 20)).toBe(true);

    // Seeded through the use cases, so every step is in the audit log.
    const audited = await db.selectFrom('audit_log').select('action').where('action', 'in', ['governance-body.created', 'governance-body.representation-replaced', 'agreement.annex.versioned', 'cooperation.transitioned']).execute();
    const count = (a: string) => audited.filter((r) => r.action === a).length;
    expect([count('governance-body.created'), count('governance-body.representation-replaced'), count('agreement.annex.versioned')]).toEqual([10, 10, 11]);

    // Running it again adds nothing.
    expect(await seedAfAgreement(db, undefined, await actorsOf(db))).toBe(0);
    const again = await stored(db);
    expect([again.cooperations.length, again.bodies.length, again.rows.length, again.agreements.length, again.annexes.length]).toEqual([
      1,
      s.bodies.length,
      s.rows.length,
      1,
      AF_FIXTURE_ANNEXES.length,
    ]);
  });

  it('reuses the demo cooperation and organisations when the demo data is loaded first', async () => {
    handle = await createTestDatabase();
    const { db } = handle;
    await seedDemo(db, scratchStorage());
    await seedAfAgreement(db, undefined, await actorsOf(db));
    const s = await stored(db);
    expect(s.cooperations).toHaveLength(1);
    expectMatchesFixture(s);
    const organisations = await db.selectFrom('organisation').select('name').where('name', 'in', ['Arbetsförmedlingen', 'Stockholms stad', 'Samordningsförbundet Stockholms stad', 'Storsthlm']).execute();
    expect(organisations.map((o) => o.name).sort()).toEqual(['Arbetsförmedlingen', 'Samordningsförbundet Stockholms stad', 'Stockholms stad', 'Storsthlm']);
  }, 240_000);
});
