import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { IOP_TERMS } from '../../../shared/agreements/terms.rules';
import { IOP_GUIDING_CRITERIA, IOP_LEGAL_TESTS } from '../../../shared/cooperations/gate.types';
import { affirmed, assessedCompetence, completePartnerControl, insertInitiative, insertRecommendation, signDemocracy } from '../cooperations/cooperation-fixtures.test-helper';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { addMember, createBody } from '../governance/governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let manager: Session;
// The gates are registered in production (gates.rules.ts); nothing is registered here.
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
});
afterAll(() => t.close());

type Gate = { gate: string; met: boolean; why: string; whyEn: string; requirement: string };
const get = async (id: string) => (await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}` })).json();
const patch = async (id: string, payload: Record<string, unknown>) => {
  const response = await t.as(officer, { method: 'PATCH', url: `/api/cooperations/${id}`, payload: { version: (await get(id)).version, ...payload } });
  expect(response.statusCode, response.body).toBe(200);
};
const activate = async (id: string) =>
  t.as(manager, { method: 'POST', url: `/api/cooperations/${id}/transitions`, payload: { to: 'active', version: (await get(id)).version } });
const unmet = async (id: string) => {
  const response = await activate(id);
  expect(response.statusCode, response.body).toBe(409);
  return response.json().gates as Gate[];
};

/** An IOP that meets every gate but those of agreements and governance. */
async function readyIop() {
  const org = await makeOrganisation(t.database.db, { name: `Föreningen Avtal ${Math.random().toString(36).slice(2, 8)}` });
  const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: [org.id] });
  await insertRecommendation(t.database.db, initiativeId, 'iop', manager.userId);
  const created = await t.as(officer, { method: 'POST', url: '/api/cooperations', payload: { initiativeId, form: 'iop', title: 'IOP med avtal' } });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await patch(id, {
    responsibleManagerId: manager.userId,
    facts: {
      competence: assessedCompetence,
      iopAssessment: {
        tests: Object.fromEntries(IOP_LEGAL_TESTS.map((test) => [test, affirmed])),
        criteria: Object.fromEntries(IOP_GUIDING_CRITERIA.map((c) => [c, { answer: 'yes', justification: 'Föreningen har tagit initiativet' }])),
      },
      preStudy: { date: '2026-01-20', scope: 'Läxhjälp', goals: 'Fler klarar skolan', structure: 'Veckovis', roles: 'Föreningen driver', participants: 'Båda parter' },
    },
  });
  await completePartnerControl(t, officer, org.id);
  await signDemocracy(t, manager, org.id);
  return { id, org };
}

describe('IOP activation gates of agreements and governance (IOP-5, IOP-6)', () => {
  it('IOP-5, IOP-6: refused (409) until terms, signed agreement and a two-party steering group exist, each missing item named', async () => {
    const { id, org } = await readyIop();
    const city = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Arbetsmarknadsförvaltningen Avtal' });

    const first = await unmet(id);
    expect(first.map((g) => g.gate).sort()).toEqual(['iop5.signed-agreement', 'iop5.terms-checklist', 'iop6.steering-group']);
    const why = Object.fromEntries(first.map((g) => [g.gate, g.why]));
    expect(why['iop5.terms-checklist']).toContain('Saknas: avtal.');
    expect(why['iop5.signed-agreement']).toContain('Saknas: undertecknat avtal.');
    expect(why['iop6.steering-group']).toContain('Saknas: styrgrupp kopplad till samverkan.');
    // The readiness checklist of the detail view and the gate listing see the same gates.
    const ours = ['iop5.signed-agreement', 'iop5.terms-checklist', 'iop6.steering-group'];
    const unmetIn = (gates: Gate[]) => gates.filter((g) => !g.met).map((g) => g.gate).sort();
    expect(unmetIn((await get(id)).gates)).toEqual(ours);
    expect(unmetIn((await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}/gates?to=active` })).json())).toEqual(ours);

    // An agreement with two sections still open: those two are named.
    const terms = Object.fromEntries(IOP_TERMS.map((s) => [s, { text: `Text om ${s}`, complete: !['economy', 'follow_up'].includes(s) }]));
    const agreement = await t.as(officer, {
      method: 'POST',
      url: '/api/agreements',
      payload: { cooperationId: id, title: 'IOP-avtal', terms, parties: [{ organisationId: city.id, signatory: 'Chef' }, { organisationId: org.id, signatory: 'Ordförande' }] },
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const agreementId = agreement.json().id as string;
    const second = await unmet(id);
    expect(second.find((g) => g.gate === 'iop5.terms-checklist')!.why).toContain('Saknas: Ekonomi, Uppföljning.');
    expect(second.find((g) => g.gate === 'iop5.terms-checklist')!.whyEn).toContain('Missing: Economy, Follow-up.');

    const complete = Object.fromEntries(IOP_TERMS.map((s) => [s, { text: `Text om ${s}`, complete: true }]));
    const edited = await t.as(officer, { method: 'PATCH', url: `/api/agreements/${agreementId}`, payload: { version: 1, terms: complete } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await unmet(id)).map((g) => g.gate).sort()).toEqual(['iop5.signed-agreement', 'iop6.steering-group']);

    const signed = await t.as(officer, {
      method: 'POST',
      url: `/api/agreements/${agreementId}/signed-document?version=2&signedOn=2026-03-01`,
      ...multipartFile('IOP-avtal undertecknat.pdf', pdfBytes, 'application/pdf'),
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect((await unmet(id)).map((g) => g.gate)).toEqual(['iop6.steering-group']);

    // A steering group with only the city: the organisation's side is named as missing.
    const body = await createBody(t, officer, { cooperationIds: [id] });
    expect((await unmet(id))[0]!.why).toContain('Saknas: ledamot från staden, ledamot från den idéburna parten.');
    await addMember(t, officer, body.id, { organisationId: city.id, name: 'Stadens ledamot' });
    const onlyCity = await unmet(id);
    expect(onlyCity[0]!.why).toContain('Saknas: ledamot från den idéburna parten.');
    expect(onlyCity[0]!.why).not.toContain('ledamot från staden');
    await addMember(t, officer, body.id, { organisationId: org.id, name: 'Föreningens ledamot' });

    const done = await activate(id);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('active');
  });

  it('IOP-6: a member of an organisation that is not a party does not count for the organisation', async () => {
    const { id } = await readyIop();
    const city = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Staden Avtal 2' });
    const stranger = await makeOrganisation(t.database.db, { name: 'En annan förening' });
    const body = await createBody(t, officer, { cooperationIds: [id] });
    await addMember(t, officer, body.id, { organisationId: city.id });
    await addMember(t, officer, body.id, { organisationId: stranger.id });
    const gate = (await unmet(id)).find((g) => g.gate === 'iop6.steering-group')!;
    expect(gate.why).toContain('ledamot från den idéburna parten.');
  });

  it('IOP-6: a public body that takes part without a vote does not stand for the city', async () => {
    const { id, org } = await readyIop();
    const body = await createBody(t, officer, { cooperationIds: [id] });
    await addMember(t, officer, body.id, { organisationId: org.id, name: 'Föreningens ledamot' });
    const guest = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Samordningsförbund utan rösträtt' });
    await addMember(t, officer, body.id, { organisationId: guest.id, name: 'Gästande ledamot' });
    const parties = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${body.id}` })).json();
    expect(JSON.stringify(parties)).toContain(org.id);
    const gate = (await unmet(id)).find((g) => g.gate === 'iop6.steering-group')!;
    expect(gate.met).toBe(false);
    expect(gate.why).toContain('Saknas: ledamot från staden.');
  });
});
