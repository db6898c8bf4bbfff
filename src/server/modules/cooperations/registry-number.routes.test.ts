import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES } from '../../../shared/users/roles';
import { insertInitiative, insertRecommendation } from './cooperation-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let manager: Session;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
  orgId = (await makeOrganisation(t.database.db, { name: 'Diarieföreningen' })).id;
});
afterAll(() => t.close());

const create = (payload: Record<string, unknown>, session = officer) => t.as(session, { method: 'POST', url: '/api/cooperations', payload });
const patch = (id: string, payload: Record<string, unknown>, session = officer) => t.as(session, { method: 'PATCH', url: `/api/cooperations/${id}`, payload });
const base = () => ({ title: 'Läxhjälp i Husby', form: 'iop', organisationIds: [orgId] });

describe("a cooperation's registry number (diarienummer) beside its case number (OVR-1)", () => {
  it('OVR-1: is recorded written the registry’s way and never replaces the case number', async () => {
    const response = await create({ ...base(), registryNumber: 'amn 2017-0228 01.06' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ caseNumber: expect.stringMatching(/^AMN \d{4}-\d{4}$/), registryNumber: 'AMN 2017-0228-01.06' });
    expect(response.json().caseNumber).not.toBe(response.json().registryNumber);
  });

  it('is changed or cleared by those who may edit the cooperation, kept in its history; others get 403', async () => {
    const created = (await create(base())).json();
    expect(created.registryNumber).toBeNull();
    const set = await patch(created.id, { version: 1, registryNumber: 'AMN 2026-0101-01.06' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().registryNumber).toBe('AMN 2026-0101-01.06');
    const cleared = await patch(created.id, { version: 2, registryNumber: null });
    expect(cleared.json().registryNumber).toBeNull();
    const history = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${created.id}/history` })).json();
    expect(history.items[0].changes).toMatchObject({ registryNumber: { before: 'AMN 2026-0101-01.06', after: null } });
    expect(history.items[1].changes).toMatchObject({ registryNumber: { before: null, after: 'AMN 2026-0101-01.06' } });
    for (const role of ROLES.filter((r) => !['officer', 'manager', 'admin'].includes(r))) {
      const refused = await patch(created.id, { version: 3, registryNumber: 'AMN 2026-0102' }, await t.loginAs(role));
      expect(refused.statusCode, role).toBe(403);
    }
    expect((await patch(created.id, { version: 3, registryNumber: 'AMN 2026-0103' }, manager)).statusCode).toBe(200);
  });

  it('refuses garbage with 400 naming the field and saying how a registry number is written', async () => {
    for (const registryNumber of ['2026-0101', 'Dnr', 'AMN 2026-01A1', 'x'.repeat(300), 12]) {
      const response = await create({ ...base(), registryNumber });
      expect(response.statusCode, String(registryNumber)).toBe(400);
      expect(response.json().errors).toEqual([{ path: 'registryNumber', message: expect.any(String) }]);
    }
    const created = (await create(base())).json();
    const bad = await patch(created.id, { version: 1, registryNumber: 'hej' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toMatch(/^Ange diarienumret som diariet skriver det/);
  });

  it('OVR-1: a cooperation from an initiative keeps the registry number the initiative had, unless another is given', async () => {
    const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: [orgId] });
    await t.database.db.updateTable('initiative').set({ registry_number: 'AMN 2026-0200-01.06' }).where('id', '=', initiativeId).execute();
    await insertRecommendation(t.database.db, initiativeId, 'iop', manager.userId);
    expect((await create({ initiativeId })).json().registryNumber).toBe('AMN 2026-0200-01.06');

    const other = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: [orgId] });
    await t.database.db.updateTable('initiative').set({ registry_number: 'AMN 2026-0201' }).where('id', '=', other).execute();
    await insertRecommendation(t.database.db, other, 'iop', manager.userId);
    expect((await create({ initiativeId: other, registryNumber: 'AMN 2026-0202-01.06' })).json().registryNumber).toBe('AMN 2026-0202-01.06');
  });
});

describe('an initiative asking for an association grant never becomes a cooperation (INI-4)', () => {
  const askGrant = (id: string) =>
    t.database.db.updateTable('initiative').set({ facts: JSON.stringify({ associationGrantRequested: true }) }).where('id', '=', id).execute();

  it('INI-4: refused with the reason even when an earlier recommendation named a form, and nothing is created', async () => {
    const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: [orgId] });
    await insertRecommendation(t.database.db, initiativeId, 'iop', manager.userId);
    await askGrant(initiativeId);
    const before = await t.database.db.selectFrom('cooperation').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const response = await create({ initiativeId });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'association_grant_referral_only',
      committees: ['district', 'social', 'culture', 'sports'],
      errors: [{ path: 'initiativeId', message: expect.stringMatching(/föreningsbidrag och kan inte bli en samverkan/) }],
    });
    const after = await t.database.db.selectFrom('cooperation').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const status = await t.database.db.selectFrom('initiative').select('status').where('id', '=', initiativeId).executeTakeFirstOrThrow();
    expect(status.status).toBe('recommended');
  });

  it('INI-4: informal cooperation asking for a grant is refused too', async () => {
    const initiativeId = await insertInitiative(t.database.db, { status: 'in_review', proposedForm: 'informal', organisationIds: [orgId] });
    await askGrant(initiativeId);
    const response = await create({ initiativeId }, manager);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('association_grant_referral_only');
  });
});
