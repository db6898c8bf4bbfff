import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { CooperationForm } from '../../../shared/cooperations/forms';
import { assessedCompetence, insertInitiative, insertRecommendation } from './cooperation-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let manager: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
});
afterAll(() => t.close());

type Gate = { gate: string; met: boolean; requirement: string; why: string };
type Cooperation = { id: string; caseNumber: string; version: number };

const get = async (id: string) => (await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}` })).json();
const patchRaw = async (id: string, payload: Record<string, unknown>) =>
  t.as(officer, { method: 'PATCH', url: `/api/cooperations/${id}`, payload: { version: (await get(id)).version, ...payload } });
const patch = async (id: string, payload: Record<string, unknown>) => {
  const response = await patchRaw(id, payload);
  expect(response.statusCode, response.body).toBe(200);
};
const activate = async (id: string) =>
  t.as(manager, { method: 'POST', url: `/api/cooperations/${id}/transitions`, payload: { to: 'active', version: (await get(id)).version } });

/** Social enterprises, the usual holders of reserved contracts; employers need no democracy assessment (DEM-3). */
const enterprise = (name: string) => makeOrganisation(t.database.db, { kind: 'employer', name });

/** A cooperation of the form recommended by the review group, with FRM-2 assessed, a manager and a term. */
async function recommended(form: CooperationForm, partyIds: string[], extra: Record<string, unknown> = {}): Promise<Cooperation> {
  const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: partyIds });
  await insertRecommendation(t.database.db, initiativeId, form, manager.userId);
  const { facts, ...fields } = extra as { facts?: Record<string, unknown> };
  const created = await t.as(officer, {
    method: 'POST',
    url: '/api/cooperations',
    payload: {
      initiativeId,
      responsibleManagerId: manager.userId,
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      ...fields,
      facts: { competence: assessedCompetence, ...facts },
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as Cooperation;
}

describe('FRM-6: the holder of a reserved contract may not take part in the next procurement of it', () => {
  it('refuses activation (409 gates_unmet) naming the earlier contract and its holder, then allows it with another supplier', async () => {
    const holder = await enterprise('Arbetsintegrerande Städ AB');
    const first = await recommended('reserved_contract', [holder.id], { facts: { reservedPredecessor: { kind: 'first' } } });
    expect((await activate(first.id)).statusCode).toBe(200);

    const next = await recommended('reserved_contract', [holder.id], { startDate: '2029-01-01', endDate: '2031-12-31' });
    // Nothing stated: the gate asks for an answer instead of passing.
    const unstated = await activate(next.id);
    expect(unstated.statusCode).toBe(409);
    expect(unstated.json().gates).toEqual([expect.objectContaining({ gate: 'frm6.previous-holder', requirement: 'FRM-6', met: false })]);
    expect(unstated.json().gates[0].why).toContain('den första upphandlingen');

    await patch(next.id, { facts: { reservedPredecessor: { kind: 'follows', cooperationId: first.id } } });
    expect((await get(next.id)).facts.reservedPredecessor).toEqual({ kind: 'follows', cooperationId: first.id });
    const refused = await activate(next.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('gates_unmet');
    const gates = refused.json().gates as Gate[];
    expect(gates.map((g) => g.gate)).toEqual(['frm6.previous-holder']);
    expect(gates[0]?.why).toBe(`Arbetsintegrerande Städ AB genomförde det tidigare reserverade kontraktet ${first.caseNumber} och får inte delta i nästa upphandling av det`);
    expect((await get(next.id)).status).toBe('preparing');

    const other = await enterprise('Nya Steget Service AB');
    await patch(next.id, { organisationIds: [other.id] });
    const allowed = await activate(next.id);
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(allowed.json().status).toBe('active');
  });

  it('400 when the stated earlier contract is itself, unknown, not reserved, follows this one, or stated for another form', async () => {
    const holder = await enterprise('Verkstad Social AB');
    const earlier = await recommended('reserved_contract', [holder.id], { facts: { reservedPredecessor: { kind: 'first' } } });
    const next = await recommended('reserved_contract', [holder.id], { facts: { reservedPredecessor: { kind: 'follows', cooperationId: earlier.id } } });
    const procurement = await recommended('procurement', [holder.id], { facts: { frameworkAgreement: false } });
    const refused = async (id: string, reservedPredecessor: unknown) => {
      const response = await patchRaw(id, { facts: { reservedPredecessor } });
      expect(response.statusCode, response.body).toBe(400);
      return response.json().errors as { path: string; message: string }[];
    };
    const path = 'facts.reservedPredecessor.cooperationId';
    expect(await refused(next.id, { kind: 'follows', cooperationId: next.id })).toEqual([{ path, message: 'Ett reserverat kontrakt kan inte följa sig självt' }]);
    expect(await refused(next.id, { kind: 'follows', cooperationId: '00000000-0000-4000-8000-00000000abcd' })).toEqual([
      { path, message: 'Välj ett tidigare reserverat kontrakt ur registret' },
    ]);
    expect(await refused(next.id, { kind: 'follows', cooperationId: procurement.id })).toEqual([{ path, message: 'Den valda samverkan är inte ett reserverat kontrakt' }]);
    expect(await refused(earlier.id, { kind: 'follows', cooperationId: next.id })).toEqual([{ path, message: 'Det valda kontraktet anges redan följa det här kontraktet' }]);
    expect(await refused(procurement.id, { kind: 'first' })).toEqual([{ path: 'facts.reservedPredecessor', message: 'Tidigare kontrakt anges bara för reserverade kontrakt' }]);
    // Malformed input is a 400 naming the field, never a 500.
    for (const bad of [{ kind: 'follows' }, { kind: 'follows', cooperationId: 'AMN 2026-0001' }, { kind: 'later' }, 'first']) {
      const response = await patchRaw(next.id, { facts: { reservedPredecessor: bad } });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect((response.json().errors as { path: string }[])[0]?.path).toMatch(/^facts\.reservedPredecessor/);
    }
    expect((await get(next.id)).facts.reservedPredecessor).toEqual({ kind: 'follows', cooperationId: earlier.id });
  });
});

describe('FRM-9: a framework agreement runs at most four years', () => {
  it('a procurement must state whether it is a framework agreement; one over four years is refused (400), four years activates', async () => {
    const supplier = await enterprise('Mentorer i Stockholm AB');
    const procurement = await recommended('procurement', [supplier.id], { startDate: '2026-01-01', endDate: '2030-06-30' });
    const unstated = await activate(procurement.id);
    expect(unstated.statusCode).toBe(409);
    expect(unstated.json().gates).toEqual([expect.objectContaining({ gate: 'frm9.framework-term', requirement: 'FRM-9', why: 'Ange om upphandlingen är ett ramavtal' })]);

    const tooLong = await patchRaw(procurement.id, { facts: { frameworkAgreement: true } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toEqual([{ path: 'endDate', message: 'Ett ramavtal får löpa högst fyra år' }]);
    await patch(procurement.id, { endDate: '2029-12-31', facts: { frameworkAgreement: true } });
    expect((await get(procurement.id)).gates).toContainEqual(expect.objectContaining({ gate: 'frm9.framework-term', met: true }));
    // Once marked, the term cannot be stretched past four years either.
    const stretched = await patchRaw(procurement.id, { endDate: '2030-01-01' });
    expect(stretched.json().errors).toEqual([{ path: 'endDate', message: 'Ett ramavtal får löpa högst fyra år' }]);
    expect((await activate(procurement.id)).statusCode).toBe(200);
  });
});

describe('FRM-2: added value is recorded with a motivation', () => {
  it('refuses activation until it is affirmed; a competence change without it keeps the recorded one', async () => {
    const supplier = await enterprise('Välfärdstjänst AB');
    const { addsValue: _left, ...withoutValue } = assessedCompetence;
    const c = await recommended('welfare_procurement', [supplier.id], { facts: { competence: withoutValue } });
    const refused = await activate(c.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().gates.map((g: Gate) => g.gate)).toEqual(['frm2.adds-value']);

    await patch(c.id, { facts: { competence: assessedCompetence } });
    await patch(c.id, { facts: { competence: { ...withoutValue, withinMission: { affirmed: true, justification: 'Ny motivering' } } } });
    expect((await get(c.id)).facts.competence).toEqual({ ...assessedCompetence, withinMission: { affirmed: true, justification: 'Ny motivering' } });
    const bad = await patchRaw(c.id, { facts: { competence: { ...assessedCompetence, addsValue: { affirmed: true, justification: ' ' } } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('facts.competence.addsValue.justification');
    expect((await activate(c.id)).statusCode).toBe(200);
  });
});
