import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { Role } from '../../../shared/users/roles';
import { insertCooperation } from './public-iop.test-helper';

let t: TestApp;
let manager: Session;
let partyId: string;
beforeAll(async () => {
  t = await createTestApp();
  manager = await t.loginAs('manager');
  partyId = (await makeOrganisation(t.database.db, { name: 'Kvinnor i Tensta' })).id;
});
afterAll(() => t.close());

const newIop = (form = 'iop') => insertCooperation(t.database.db, { form, published: false, partyIds: [partyId], title: 'Språkcafé', startDate: '2025-01-01' });
const publish = (session: Session, id: string, payload: Record<string, unknown>) =>
  t.as(session, { method: 'POST', url: `/api/cooperations/${id}/publication`, payload });
const publicCaseNumbers = async () => ((await t.app.inject({ method: 'GET', url: '/api/public/iop' })).json().items as { caseNumber: string }[]).map((i) => i.caseNumber);

describe('POST /api/cooperations/:id/publication (IOP-10)', () => {
  it('IOP-10: a manager publishes an IOP with a public purpose; it appears on the public page and is audited', async () => {
    const iop = await newIop();
    const before = (await t.as(manager, { method: 'GET', url: `/api/cooperations/${iop.id}/publication` })).json();
    expect(before).toEqual({ published: false, publicSummary: null, version: 1 });
    const response = await publish(manager, iop.id, { published: true, publicSummary: '  Språkträning mot praktik.  ', version: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ published: true, publicSummary: 'Språkträning mot praktik.', version: 2 });
    expect(await publicCaseNumbers()).toContain(iop.caseNumber);
    const history = (await t.as(manager, { method: 'GET', url: `/api/cooperations/${iop.id}/history` })).json();
    expect(history.items[0]).toMatchObject({ action: 'cooperation.publication_changed', actorId: manager.userId });
    expect(history.items[0].changes).toMatchObject({ published: { before: false, after: true } });

    const withdrawn = await publish(manager, iop.id, { published: false, publicSummary: null, version: 2 });
    expect(withdrawn.json()).toEqual({ published: false, publicSummary: null, version: 3 });
    expect(await publicCaseNumbers()).not.toContain(iop.caseNumber);
  });

  it.each<[Role, number]>([
    ['officer', 200],
    ['manager', 200],
    ['admin', 200],
    ['review_group', 403],
    ['economist', 403],
    ['steering_member', 403],
    ['partner', 403],
  ])('%s → %i', async (role, status) => {
    const iop = await newIop();
    const session = await t.loginAs(role);
    expect((await publish(session, iop.id, { published: true, publicSummary: 'Syfte', version: 1 })).statusCode).toBe(status);
  });

  it('the public may not publish (401)', async () => {
    const iop = await newIop();
    const response = await t.app.inject({ method: 'POST', url: `/api/cooperations/${iop.id}/publication`, payload: { published: true, publicSummary: 'x', version: 1 } });
    expect(response.statusCode).toBe(401);
  });

  it('IOP-10: only an IOP may be published (409 not_publishable); withdrawing any form is allowed', async () => {
    const procurement = await newIop('procurement');
    const response = await publish(manager, procurement.id, { published: true, publicSummary: 'Syfte', version: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('not_publishable');
    expect((await publish(manager, procurement.id, { published: false, publicSummary: null, version: 1 })).statusCode).toBe(200);
  });

  it('OVR-3: publishing needs a purpose written for the public (400 on publicSummary)', async () => {
    const iop = await newIop();
    const response = await publish(manager, iop.id, { published: true, publicSummary: '   ', version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'publicSummary', message: expect.any(String) }]);
  });

  it('a stale version is a conflict (409), an unknown id 404, bad input 400', async () => {
    const iop = await newIop();
    expect((await publish(manager, iop.id, { published: true, publicSummary: 'Syfte', version: 7 })).statusCode).toBe(409);
    expect((await publish(manager, '00000000-0000-4000-8000-000000000000', { published: true, publicSummary: 'Syfte', version: 1 })).statusCode).toBe(404);
    expect((await publish(manager, 'not-a-uuid', { published: true, publicSummary: 'Syfte', version: 1 })).statusCode).toBe(400);
    expect((await publish(manager, iop.id, { published: 'yes', publicSummary: 'Syfte', version: 1 })).statusCode).toBe(400);
    expect((await publish(manager, iop.id, { published: true, publicSummary: 'x'.repeat(2001), version: 1 })).statusCode).toBe(400);
    expect((await publish(manager, iop.id, { published: true, publicSummary: 'Syfte', version: 1, extra: 1 })).statusCode).toBe(400);
  });
});

describe('GET /api/cooperations/:id/publication', () => {
  it.each<[Role, number]>([
    ['officer', 200],
    ['review_group', 200],
    ['economist', 200],
    ['steering_member', 403],
    ['partner', 403],
  ])('%s → %i', async (role, status) => {
    const iop = await newIop();
    const session = await t.loginAs(role);
    expect((await t.as(session, { method: 'GET', url: `/api/cooperations/${iop.id}/publication` })).statusCode).toBe(status);
  });

  it('404 for an unknown cooperation', async () => {
    expect((await t.as(manager, { method: 'GET', url: '/api/cooperations/00000000-0000-4000-8000-000000000000/publication' })).statusCode).toBe(404);
  });
});
