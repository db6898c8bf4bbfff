import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviationsMatrix } from '../../../../tests/support/authorization-matrix.deviations';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ARBETSFORMEDLINGEN_ORG_NUMBER } from '../../../shared/deviations/deviation.rules';
import { ROLES, type Role } from '../../../shared/users/roles';
import { insertCooperation } from '../governance/governance-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let officer: Session;
let partner: Session;
let afCooperation: string;
let strategicGroup: string;
let cluster: string;
let iop: string;
let iopSteeringGroup: string;
let foreignIop: string;
let managerOnlyIop: string;

const NIL = '00000000-0000-4000-8000-000000000000';

async function party(cooperationId: string, organisationId: string): Promise<void> {
  await t.database.db.insertInto('cooperation_party').values({ cooperation_id: cooperationId, organisation_id: organisationId }).execute();
}

async function body(type: string, name: string, cooperationId: string): Promise<string> {
  const row = await t.database.db.insertInto('governance_body').values({ type, name, mandate: null, reports_to_id: null }).returning('id').executeTakeFirstOrThrow();
  await t.database.db.insertInto('governance_body_cooperation').values({ body_id: row.id, cooperation_id: cooperationId }).execute();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
  const af = await makeOrganisation(t.database.db, { name: 'Arbetsförmedlingen', kind: 'public_body', orgNumber: ARBETSFORMEDLINGEN_ORG_NUMBER });
  afCooperation = await insertCooperation(t, 'Samverkansöverenskommelse med Arbetsförmedlingen');
  await t.database.db.updateTable('cooperation').set({ form: 'public_agreement' }).where('id', '=', afCooperation).execute();
  await party(afCooperation, af.id);
  await body('operative_steering_group', 'Operativa styrgruppen', afCooperation);
  strategicGroup = await body('strategic_steering_group', 'Strategiska styrgruppen', afCooperation);
  cluster = await body('cluster', 'Kluster Söderort', afCooperation);

  const association = await makeOrganisation(t.database.db, { name: 'Läxhjälpsföreningen' });
  iop = await insertCooperation(t, 'IOP om läxhjälp');
  await party(iop, association.id);
  iopSteeringGroup = await body('steering_group', 'Styrgrupp för läxhjälp', iop);
  const other = await makeOrganisation(t.database.db, { name: 'Språkcaféet' });
  foreignIop = await insertCooperation(t, 'IOP om språkcaféer');
  await party(foreignIop, other.id);
  managerOnlyIop = await insertCooperation(t, 'IOP utan styrgrupp');
  await t.database.db.updateTable('cooperation').set({ responsible_manager_id: sessions.get('manager')!.userId }).where('id', '=', managerOnlyIop).execute();

  partner = await t.loginAs('partner');
  await t.database.db.insertInto('partner_account').values({ user_id: partner.userId, organisation_id: association.id }).execute();
  sessions.set('partner', partner);
});
afterAll(() => t.close());

const report = (session: Session, payload: Record<string, unknown>) => t.as(session, { method: 'POST', url: '/api/deviations', payload });
const base = { description: 'Mötet ställdes in utan kallelse', severity: 'medium', occurredOn: '2026-03-02' };

describe('deviation access', () => {
  for (const [route, allowed] of Object.entries(deviationsMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':id', NIL).replace(':actionId', NIL);
      expect((await t.app.inject({ method: method as 'GET', url: concrete })).statusCode).toBe(401);
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }
});

describe('deviations (AGR-4)', () => {
  it('AGR-4: a deviation on the Arbetsförmedlingen agreement is routed to its strategic steering group; one on an IOP to that IOP\'s steering group; reported → handled → closed, with the audit trail', async () => {
    const onAgreement = await report(officer, { ...base, placeKind: 'body', bodyId: cluster });
    expect(onAgreement.statusCode, onAgreement.body).toBe(201);
    expect(onAgreement.json()).toMatchObject({
      status: 'reported',
      cooperation: { id: afCooperation },
      body: { id: cluster, type: 'cluster' },
      route: { reason: 'strategic_steering_group', body: { id: strategicGroup } },
    });
    const onIop = await report(partner, { ...base, placeKind: 'cooperation', cooperationId: iop, severity: 'high' });
    expect(onIop.statusCode, onIop.body).toBe(201);
    expect(onIop.json().route).toMatchObject({ reason: 'steering_group', body: { id: iopSteeringGroup } });

    const id = onIop.json().id as string;
    const manager = sessions.get('manager')!;
    const withAction = await t.as(officer, {
      method: 'POST',
      url: `/api/deviations/${id}/actions`,
      payload: { version: onIop.json().version, text: 'Kalla till nytt möte', ownerUserId: manager.userId, dueDate: '2026-04-01' },
    });
    expect(withAction.statusCode, withAction.body).toBe(200);
    expect(withAction.json().actions[0]).toMatchObject({ text: 'Kalla till nytt möte', owner: { id: manager.userId }, done: false });

    const tooEarly = await t.as(officer, { method: 'POST', url: `/api/deviations/${id}/close`, payload: { version: withAction.json().version, conclusion: 'Klart' } });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().type).toContain('deviation_not_handled');

    const decided = await t.as(manager, { method: 'POST', url: `/api/deviations/${id}/decision`, payload: { version: withAction.json().version, decision: 'Styrgruppen kallar till extra möte.' } });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'handled', decision: 'Styrgruppen kallar till extra möte.', decidedBy: { id: manager.userId } });

    const noConclusion = await t.as(officer, { method: 'POST', url: `/api/deviations/${id}/close`, payload: { version: decided.json().version, conclusion: '  ' } });
    expect(noConclusion.statusCode).toBe(400);
    const closed = await t.as(officer, { method: 'POST', url: `/api/deviations/${id}/close`, payload: { version: decided.json().version, conclusion: 'Mötet hölls den 10 mars.' } });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', conclusion: 'Mötet hölls den 10 mars.', overdue: false });
    const again = await t.as(officer, { method: 'POST', url: `/api/deviations/${id}/decision`, payload: { version: closed.json().version, decision: 'x' } });
    expect(again.statusCode).toBe(409);

    const trail = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'deviation').where('entity_id', '=', id).orderBy('occurred_at').execute();
    expect(trail.map((r) => r.action)).toEqual(['deviation.reported', 'deviation.action.added', 'deviation.decided', 'deviation.closed']);
  });

  it('AGR-4: without a steering group the responsible manager handles it; a routine alone has no recipient', async () => {
    const toManager = await report(officer, { ...base, placeKind: 'cooperation', cooperationId: managerOnlyIop });
    expect(toManager.json().route).toMatchObject({ reason: 'responsible_manager', user: { id: sessions.get('manager')!.userId } });
    const routine = await report(officer, { ...base, placeKind: 'routine', routine: 'Rutin för kallelser' });
    expect(routine.statusCode, routine.body).toBe(201);
    expect(routine.json()).toMatchObject({ routine: 'Rutin för kallelser', route: { reason: 'unrouted' } });
  });

  it('a partner reports and reads only its own cooperations\' deviations (404 for another organisation\'s)', async () => {
    const foreign = await report(partner, { ...base, placeKind: 'cooperation', cooperationId: foreignIop });
    expect(foreign.statusCode).toBe(404);
    const routine = await report(partner, { ...base, placeKind: 'routine', routine: 'Rutin' });
    expect(routine.statusCode).toBe(400);
    const staffs = await report(officer, { ...base, placeKind: 'cooperation', cooperationId: foreignIop });
    expect((await t.as(partner, { method: 'GET', url: `/api/deviations/${staffs.json().id}` })).statusCode).toBe(404);
    const list = (await t.as(partner, { method: 'GET', url: '/api/deviations' })).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((d: { cooperation: { id: string } }) => d.cooperation.id === iop)).toBe(true);
    // A partner account not linked to an organisation sees none and may report none.
    const unlinked = await t.loginAs('partner');
    expect((await t.as(unlinked, { method: 'GET', url: '/api/deviations' })).json()).toEqual({ items: [], total: 0 });
    const refused = await report(unlinked, { ...base, placeKind: 'cooperation', cooperationId: iop });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toContain('partner_not_linked');
  });

  it('AGR-4: an overdue action flags the deviation; the list filters on it and exports CSV and XLSX', async () => {
    const created = (await report(officer, { ...base, placeKind: 'cooperation', cooperationId: iop, severity: 'low' })).json();
    await t.as(officer, {
      method: 'POST',
      url: `/api/deviations/${created.id}/actions`,
      payload: { version: created.version, text: 'Uppdatera rutinen', ownerUserId: officer.userId, dueDate: '2020-01-01' },
    });
    const overdue = (await t.as(officer, { method: 'GET', url: '/api/deviations?overdue=true&severity=low' })).json();
    expect(overdue.items.map((d: { id: string }) => d.id)).toContain(created.id);
    const notOverdue = (await t.as(officer, { method: 'GET', url: '/api/deviations?overdue=false' })).json();
    expect(notOverdue.items.map((d: { id: string }) => d.id)).not.toContain(created.id);
    const csv = await t.as(officer, { method: 'GET', url: `/api/deviations/export?format=csv&lang=sv&cooperationId=${iop}` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Allvarlighetsgrad');
    expect(csv.body).toContain('Styrgrupp för läxhjälp');
    const xlsx = await t.as(officer, { method: 'GET', url: '/api/deviations/export?format=xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('bad input answers 400 and unknown records 404, never 500', async () => {
    expect((await report(officer, { ...base, placeKind: 'cooperation' })).statusCode).toBe(400);
    expect((await report(officer, { ...base, placeKind: 'body', bodyId: 'x' })).statusCode).toBe(400);
    expect((await report(officer, { ...base, placeKind: 'routine', routine: 'R', severity: 'huge' })).statusCode).toBe(400);
    expect((await report(officer, { ...base, placeKind: 'routine', routine: 'R', occurredOn: '2026-13-40' })).statusCode).toBe(400);
    expect((await report(officer, { ...base, placeKind: 'cooperation', cooperationId: NIL })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: '/api/deviations?status=open' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/deviations/not-a-uuid' })).statusCode).toBe(400);
    const created = (await report(officer, { ...base, placeKind: 'cooperation', cooperationId: iop })).json();
    const badOwner = await t.as(officer, { method: 'POST', url: `/api/deviations/${created.id}/actions`, payload: { version: created.version, text: 'x', ownerUserId: NIL, dueDate: '2026-04-01' } });
    expect(badOwner.statusCode).toBe(400);
    const stale = await t.as(officer, { method: 'POST', url: `/api/deviations/${created.id}/decision`, payload: { version: created.version + 5, decision: 'x' } });
    expect(stale.statusCode).toBe(409);
  });

  it('AGR-4: a decision may refer to a joint decision of the routed body only; an action is marked done', async () => {
    const created = (await report(officer, { ...base, placeKind: 'cooperation', cooperationId: iop })).json();
    const own = await t.database.db.insertInto('governance_decision').values({ body_id: iopSteeringGroup, text: 'Styrgruppen beslutar om extra möte', proposed_by: null }).returning('id').executeTakeFirstOrThrow();
    const other = await t.database.db.insertInto('governance_decision').values({ body_id: strategicGroup, text: 'Annat beslut', proposed_by: null }).returning('id').executeTakeFirstOrThrow();
    const wrong = await t.as(officer, { method: 'POST', url: `/api/deviations/${created.id}/decision`, payload: { version: created.version, decision: 'x', governanceDecisionId: other.id } });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().type).toContain('deviation_decision_of_other_body');
    const right = await t.as(officer, { method: 'POST', url: `/api/deviations/${created.id}/decision`, payload: { version: created.version, decision: 'Enligt styrgruppens beslut', governanceDecisionId: own.id } });
    expect(right.statusCode, right.body).toBe(200);
    expect(right.json().governanceDecision).toEqual({ id: own.id, text: 'Styrgruppen beslutar om extra möte' });
    const withAction = (
      await t.as(officer, { method: 'POST', url: `/api/deviations/${created.id}/actions`, payload: { version: right.json().version, text: 'Boka lokal', ownerUserId: officer.userId, dueDate: '2020-01-01' } })
    ).json();
    expect(withAction.overdue).toBe(true);
    const action = withAction.actions[0];
    const done = await t.as(officer, { method: 'PATCH', url: `/api/deviations/${created.id}/actions/${action.id}`, payload: { version: action.version, done: true } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ overdue: false, actions: [{ done: true }] });
    const stale = await t.as(officer, { method: 'PATCH', url: `/api/deviations/${created.id}/actions/${action.id}`, payload: { version: action.version, done: false } });
    expect(stale.statusCode).toBe(409);
  });

  it('AGR-4: a steering member handles only deviations routed to a body they sit on; the owner of an action marks it done', async () => {
    const created = (await report(officer, { ...base, placeKind: 'cooperation', cooperationId: iop })).json();
    const outsider = await t.loginAs('steering_member');
    const member = await t.loginAs('steering_member');
    const association = await t.database.db.selectFrom('cooperation_party').select('organisation_id').where('cooperation_id', '=', iop).executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('governance_member')
      .values({ body_id: iopSteeringGroup, name: 'Ledamot i styrgruppen', organisation_id: association.organisation_id, role_title: 'Ordförande', user_id: member.userId })
      .execute();
    const addAction = (session: Session, version: number, ownerUserId: string) =>
      t.as(session, { method: 'POST', url: `/api/deviations/${created.id}/actions`, payload: { version, text: 'Se över kallelserna', ownerUserId, dueDate: '2026-05-01' } });

    // The page shows the handling only to those who may handle it.
    expect((await t.as(outsider, { method: 'GET', url: `/api/deviations/${created.id}` })).json().mayHandle).toBe(false);
    expect((await t.as(member, { method: 'GET', url: `/api/deviations/${created.id}` })).json().mayHandle).toBe(true);
    expect((await t.as(officer, { method: 'GET', url: `/api/deviations/${created.id}` })).json().mayHandle).toBe(true);
    expect((await t.as(partner, { method: 'GET', url: `/api/deviations/${created.id}` })).json().mayHandle).toBe(false);
    const refused = await addAction(outsider, created.version, outsider.userId);
    expect(refused.statusCode, refused.body).toBe(403);
    const refusedDecision = await t.as(outsider, { method: 'POST', url: `/api/deviations/${created.id}/decision`, payload: { version: created.version, decision: 'Inte min grupp' } });
    expect(refusedDecision.statusCode).toBe(403);

    // The member of the routed steering group acts, and gives an action to the outsider.
    const added = await addAction(member, created.version, outsider.userId);
    expect(added.statusCode, added.body).toBe(200);
    const action = added.json().actions[0];
    // The outsider may mark the action they own, and nothing else.
    const done = await t.as(outsider, { method: 'PATCH', url: `/api/deviations/${created.id}/actions/${action.id}`, payload: { version: action.version, done: true } });
    expect(done.statusCode, done.body).toBe(200);
    const decided = await t.as(member, { method: 'POST', url: `/api/deviations/${created.id}/decision`, payload: { version: done.json().version, decision: 'Kallelserna ses över av styrgruppen.' } });
    expect(decided.statusCode, decided.body).toBe(200);
    const closedByOutsider = await t.as(outsider, { method: 'POST', url: `/api/deviations/${created.id}/close`, payload: { version: decided.json().version, conclusion: 'Klart' } });
    expect(closedByOutsider.statusCode).toBe(403);
  });
});
